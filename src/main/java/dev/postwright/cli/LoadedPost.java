package dev.postwright.cli;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlProblem;
import dev.postwright.post.LoadedText;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.RuleId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** A post file read for {@code get} and {@code set}: its site, decoded text and frontmatter. */
record LoadedPost(Path path, String shownName, Site site, LoadedText source, FrontmatterDocument doc) {

    /** Reads the file; on failure prints the reason (naming the file) and returns the exit code instead. */
    static Result load(String command, Path file, PrintWriter err) {
        Path abs = file.toAbsolutePath().normalize();
        LoadedText text;
        try {
            text = PostFile.read(abs);
        } catch (PostReadException e) {
            err.println("postwright " + command + ": " + e.getMessage());
            return new Result(null, Cli.EXIT_USAGE);
        }
        Site site;
        try {
            site = SiteDetector.detect(abs, Optional.empty());
        } catch (IllegalArgumentException e) {
            err.println("postwright " + command + ": " + e.getMessage());
            return new Result(null, Cli.EXIT_USAGE);
        }
        FrontmatterDocument doc = FrontmatterDocument.parse(text.text(), site.dialect());
        LoadedPost post = new LoadedPost(abs, file.toString(), site, text, doc);
        if (doc.status() != FrontmatterDocument.Status.OK) {
            YamlProblem p = doc.error().orElse(new YamlProblem("the frontmatter cannot be read", 1, 1));
            String rule = switch (doc.status()) {
                case MISSING -> RuleId.FRONTMATTER_MISSING.id();
                case UNTERMINATED -> RuleId.FRONTMATTER_UNTERMINATED.id();
                default -> RuleId.YAML_SYNTAX.id();
            };
            err.println(file + ":" + p.line() + ":" + p.column() + ": " + rule + " " + p.message());
            return new Result(post, 1);
        }
        return new Result(post, 0);
    }

    /** The post, or the exit code to return when it could not be used (post may still be set for code 1). */
    record Result(LoadedPost post, int exitCode) {
        boolean ok() {
            return exitCode == 0;
        }
    }
}
