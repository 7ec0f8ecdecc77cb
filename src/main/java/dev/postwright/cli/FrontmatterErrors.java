package dev.postwright.cli;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlProblem;
import dev.postwright.validation.RuleId;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * For {@code render}: a frontmatter block that cannot be read leaves the page without its title, date and tags,
 * so it is reported the way {@code check} prints it and the command exits 1, while the body is still rendered.
 */
final class FrontmatterErrors {
    private FrontmatterErrors() {}

    /** Prints the block's error, if any, and returns the exit code it calls for (0 or 1). */
    static int report(Path shown, FrontmatterDocument fm, PrintWriter err) {
        String rule;
        String message;
        switch (fm.status()) {
            case UNTERMINATED -> {
                rule = RuleId.FRONTMATTER_UNTERMINATED.id();
                message = "The frontmatter opened on line 1 is never closed: add its closing line after the last"
                        + " field.";
            }
            case YAML_ERROR -> {
                rule = RuleId.YAML_SYNTAX.id();
                message = fm.format() + " error: "
                        + fm.error().map(YamlProblem::message).orElse("the frontmatter is not valid " + fm.format())
                        + ". Fix the " + fm.format() + "; the page was rendered without its title, date and tags.";
            }
            default -> {
                return 0;
            }
        }
        YamlProblem at = fm.error().orElse(new YamlProblem(message, 1, 1));
        int line = fm.status() == FrontmatterDocument.Status.UNTERMINATED ? 1 : at.line();
        int column = fm.status() == FrontmatterDocument.Status.UNTERMINATED ? 1 : at.column();
        err.println(shown + ":" + line + ":" + column + ": error " + rule + " " + message);
        return 1;
    }
}
