package dev.postwright.site.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code author} and {@code timezone} of an AstroPaper site's {@code SITE} object in {@code src/config.ts},
 * read with a regex: enough for the literal strings AstroPaper ships, not a TypeScript parser.
 */
public final class AstroSiteSettings {

    private static final Pattern SITE = Pattern.compile("\\bSITE\\b[^=]*=\\s*\\{");

    private AstroSiteSettings() {}

    public static Optional<String> author(Path siteRoot) {
        return property(siteRoot, "author");
    }

    public static Optional<String> timezone(Path siteRoot) {
        return property(siteRoot, "timezone");
    }

    public static Optional<String> property(Path siteRoot, String name) {
        Path config = siteRoot.resolve("src/config.ts");
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no config or unreadable: the caller falls back
        }
        Matcher site = SITE.matcher(text);
        int from = site.find() ? site.end() : 0;
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*([\"'`])((?:(?!\\1).)*)\\1")
                .matcher(text);
        return m.find(from) ? Optional.of(m.group(2)).filter(s -> !s.isBlank()) : Optional.empty();
    }
}
