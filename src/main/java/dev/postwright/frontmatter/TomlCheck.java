package dev.postwright.frontmatter;

import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/** Validates a TOML block with tomlj (TOML 1.0) and places its first error in the whole file. */
final class TomlCheck {

    private TomlCheck() {}

    /** The first syntax error of {@code block}, whose first line is line {@code firstLine} of the file. */
    static Optional<YamlProblem> firstError(String block, int firstLine) {
        TomlParseResult result;
        try {
            result = Toml.parse(block);
        } catch (RuntimeException e) {
            return Optional.of(new YamlProblem("the TOML front matter cannot be read", firstLine, 1));
        }
        if (!result.hasErrors()) {
            return Optional.empty();
        }
        TomlParseError e = result.errors().get(0);
        String message = e.getMessage();
        // tomlj appends " (line L, column C)" in block coordinates; the problem carries file coordinates instead
        int cut = message.lastIndexOf(" (line ");
        String text = cut > 0 ? message.substring(0, cut) : message;
        return Optional.of(new YamlProblem(
                text,
                firstLine + e.position().line() - 1,
                Math.max(1, e.position().column())));
    }
}
