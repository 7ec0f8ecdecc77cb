package dev.postwright.validation;

import java.util.Optional;

/**
 * Every rule id of SPEC §3, in its order, with its default severity; sites may override the severity in
 * {@code .postwright.yml}. Rules report with these constants, so a misspelt id does not compile; {@link #id()} is
 * the text the reports, the JSON output and the site's configuration use.
 */
public enum RuleId {
    YAML_SYNTAX("yaml.syntax", Severity.ERROR),
    FRONTMATTER_MISSING("frontmatter.missing", Severity.ERROR),
    FRONTMATTER_UNTERMINATED("frontmatter.unterminated", Severity.ERROR),
    // Not in SPEC §3's table. No longer reported since TOML/JSON front matter is edited (#19); kept so that
    // settings and saved reports naming it still read.
    FRONTMATTER_FORMAT("frontmatter.format", Severity.INFO),
    FIELD_REQUIRED("field.required", Severity.ERROR),
    FIELD_TYPE("field.type", Severity.ERROR),
    FIELD_UNKNOWN("field.unknown", Severity.WARNING),
    DATE_INVALID("date.invalid", Severity.ERROR),
    DATE_ORDER("date.order", Severity.ERROR),
    DATE_FUTURE("date.future", Severity.WARNING),
    SLUG_FORMAT("slug.format", Severity.ERROR),
    SLUG_DUPLICATE("slug.duplicate", Severity.ERROR),
    TAG_FORMAT("tag.format", Severity.WARNING),
    TAG_DUPLICATE("tag.duplicate", Severity.WARNING),
    TAG_NEAR_DUPLICATE("tag.near-duplicate", Severity.WARNING),
    DESCRIPTION_LENGTH("description.length", Severity.WARNING),
    LINK_BROKEN("link.broken", Severity.ERROR),
    LINK_POST_MISSING("link.post-missing", Severity.ERROR),
    LINK_ANCHOR("link.anchor", Severity.ERROR),
    LINK_REFERENCE_UNDEFINED("link.reference-undefined", Severity.ERROR),
    LINK_EMPTY("link.empty", Severity.WARNING),
    IMAGE_MISSING("image.missing", Severity.ERROR),
    IMAGE_ALT_MISSING("image.alt-missing", Severity.WARNING),
    IMAGE_REMOTE("image.remote", Severity.INFO),
    OG_IMAGE_MISSING("ogImage.missing", Severity.ERROR),
    OG_IMAGE_SIZE("ogImage.size", Severity.WARNING),
    TEXT_MOJIBAKE("text.mojibake", Severity.WARNING),
    HTML_SCRIPT("html.script", Severity.WARNING),
    HTML_IFRAME("html.iframe", Severity.INFO),
    HEADING_EMPTY_SECTION("heading.empty-section", Severity.INFO),
    SPELLING_UNKNOWN("spelling.unknown", Severity.INFO),
    LINK_ONLINE("link.online", Severity.WARNING),
    FILE_UNREADABLE("file.unreadable", Severity.ERROR),
    // Not in SPEC §3's table: a post over 2 MB is not checked (SPEC §8's 2 s), over 10 MB read-only (§7).
    FILE_TOO_LARGE("file.too-large", Severity.WARNING);

    private final String id;
    private final Severity defaultSeverity;

    RuleId(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /** The id as written in reports and {@code .postwright.yml} ({@code "link.broken"}). */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The rule with this id, if there is one. */
    public static Optional<RuleId> of(String id) {
        for (RuleId r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
