package dev.postwright.site;

import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A kind of static site: where posts live, how their URLs are formed, and which fields they carry. */
public enum Preset {
    /** Astro with the AstroPaper theme; the default when nothing says otherwise. */
    ASTROPAPER("astropaper", "AstroPaper", YamlDialect.YAML_1_2,
            List.of("src/data/blog", "src/content/blog"), "public",
            "/posts/{subdir}/{slug}/", Set.of("md", "mdx")),
    HUGO("hugo", "Hugo", YamlDialect.YAML_1_2,
            List.of("content"), "static",
            "/{subdir}/{slug}/", Set.of("md", "markdown")),
    JEKYLL("jekyll", "Jekyll", YamlDialect.YAML_1_1,
            List.of("_posts"), "",
            "/{categories}/{yyyy}/{mm}/{dd}/{slug}.html", Set.of("md", "markdown"));

    /** AstroPaper v2–v4 content folder; its URLs do not carry sub-folders. */
    static final String ASTRO_LEGACY_CONTENT = "src/content/blog";
    static final String ASTRO_LEGACY_URL = "/posts/{slug}/";

    private final String id;
    private final String displayName;
    private final YamlDialect dialect;
    private final List<String> contentCandidates;
    private final String publicDir;
    private final String urlPattern;
    private final Set<String> extensions;

    Preset(String id, String displayName, YamlDialect dialect, List<String> contentCandidates,
           String publicDir, String urlPattern, Set<String> extensions) {
        this.id = id;
        this.displayName = displayName;
        this.dialect = dialect;
        this.contentCandidates = contentCandidates;
        this.publicDir = publicDir;
        this.urlPattern = urlPattern;
        this.extensions = extensions;
    }

    /** The name used in {@code .postwright.yml} and {@code --preset}: astropaper, hugo, jekyll. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public YamlDialect dialect() {
        return dialect;
    }

    /** Content folders relative to the site root, preferred first (only one of them is used). */
    public List<String> contentCandidates() {
        return contentCandidates;
    }

    /** Public (static files) folder relative to the site root; empty string for the root itself. */
    public String publicDir() {
        return publicDir;
    }

    /** Default URL pattern with {@code {slug}}, {@code {subdir}}, … placeholders (see {@link SiteConfig#url()}). */
    public String urlPattern() {
        return urlPattern;
    }

    /** Markdown file extensions (lower case, no dot) the generator builds posts from. */
    public Set<String> extensions() {
        return extensions;
    }

    /**
     * Whether {@code ## Title {#id}} sets the heading id: Hugo's Goldmark and Jekyll's kramdown do; AstroPaper's
     * remark pipeline does not (the block stays in the text and in the GitHub slug).
     */
    public boolean customHeadingIds() {
        return this != ASTROPAPER;
    }

    /** The field the theme reads as the post's publication date: {@code pubDatetime}, or {@code date}. */
    public String publishedDateField() {
        return this == ASTROPAPER ? "pubDatetime" : "date";
    }

    /**
     * The field the theme reads as "last updated": AstroPaper's {@code modDatetime}, Hugo's {@code lastmod},
     * Jekyll's {@code last_modified_at} (jekyll-last-modified-at and jekyll-seo-tag).
     */
    public String modifiedDateField() {
        return switch (this) {
            case ASTROPAPER -> "modDatetime";
            case HUGO -> "lastmod";
            case JEKYLL -> "last_modified_at";
        };
    }

    /** The preset's built-in schema; {@code author} is the site author when one is configured. */
    public Schema defaultSchema(Optional<String> author) {
        return PresetSchemas.of(this, author);
    }

    public static Optional<Preset> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** "astropaper, hugo, jekyll", for messages that list the valid choices. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Preset::id).toList());
    }
}
