package dev.postwright.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every rule id of SPEC §3 with its default severity; sites may override them in {@code .postwright.yml}. */
public final class RuleCatalog {

    private static final Map<String, Severity> DEFAULTS = new LinkedHashMap<>();

    static {
        error("yaml.syntax");
        error("frontmatter.missing");
        error("frontmatter.unterminated");
        // Not in SPEC §3's table: TOML/JSON frontmatter, valid for Hugo, read-only here (SPEC §1).
        info("frontmatter.format");
        error("field.required");
        error("field.type");
        warning("field.unknown");
        error("date.invalid");
        error("date.order");
        warning("date.future");
        error("slug.format");
        error("slug.duplicate");
        warning("tag.format");
        warning("tag.duplicate");
        warning("tag.near-duplicate");
        warning("description.length");
        error("link.broken");
        error("link.post-missing");
        error("link.anchor");
        error("link.reference-undefined");
        warning("link.empty");
        error("image.missing");
        warning("image.alt-missing");
        info("image.remote");
        error("ogImage.missing");
        warning("ogImage.size");
        warning("text.mojibake");
        warning("html.script");
        info("html.iframe");
        info("heading.empty-section");
        info("spelling.unknown");
        warning("link.online");
        error("file.unreadable");
        // Not in SPEC §3's table: a post over 2 MB is not checked (SPEC §8's 2 s), over 10 MB read-only (§7).
        warning("file.too-large");
    }

    private RuleCatalog() {}

    private static void error(String id) {
        DEFAULTS.put(id, Severity.ERROR);
    }

    private static void warning(String id) {
        DEFAULTS.put(id, Severity.WARNING);
    }

    private static void info(String id) {
        DEFAULTS.put(id, Severity.INFO);
    }

    public static Optional<Severity> defaultSeverity(String ruleId) {
        return Optional.ofNullable(DEFAULTS.get(ruleId));
    }

    /** All rule ids in SPEC order. */
    public static java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(DEFAULTS.keySet());
    }
}
