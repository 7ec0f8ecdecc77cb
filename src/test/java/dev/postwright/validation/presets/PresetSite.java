package dev.postwright.validation.presets;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A tiny Hugo or Jekyll site in a temp folder, checked with a fixed clock. */
final class PresetSite {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    final Path root;

    private PresetSite(Path root) {
        this.root = root;
    }

    static PresetSite hugo(Path root) {
        PresetSite s = new PresetSite(root);
        s.write("hugo.toml", "title = \"t\"\n");
        s.write("static/.keep", "");
        return s;
    }

    static PresetSite jekyll(Path root) {
        PresetSite s = new PresetSite(root);
        s.write("_config.yml", "title: t\n");
        s.write("_posts/.keep", "");
        return s;
    }

    Path write(String rel, String text) {
        try {
            Path f = root.resolve(rel);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Site site() {
        return SiteDetector.detect(root, Optional.empty());
    }

    /** Problems in one post as "rule line:column". */
    List<String> check(Path post) {
        return problems(post).stream().map(p -> p.rule() + " " + p.line() + ":" + p.column()).toList();
    }

    List<Problem> problems(Path post) {
        return new SiteChecker(site(), new MarkdownEngine(), CLOCK).check(List.of(post)).problems();
    }
}
