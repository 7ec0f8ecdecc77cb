package dev.postwright.site.generator;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Site;
import dev.postwright.site.SiteCollection;
import dev.postwright.site.SiteIndex;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one kind of static site generator builds from a site's files: where content lives, which files are posts,
 * their URLs and other routes, the slug and date fields, tag URLs, resource paths and how front matter is read.
 * The only place that knows the differences between site kinds; everything else asks {@link Site#generator()}.
 */
public interface Generator {

    /** The name shown to the writer: "AstroPaper", "Hugo", "Jekyll". */
    String displayName();

    /** The YAML dialect its front matter is read in (Jekyll's Psych is YAML 1.1). */
    YamlDialect dialect();

    // ---- where content lives ----

    /** Content folders relative to the site root, preferred first (only the first that exists is used). */
    List<String> contentCandidates();

    /**
     * Content folders the site's own config declares (Astro's content collections), relative to the root and
     * in declaration order; when any of them exists they replace {@link #contentCandidates()}.
     */
    default List<String> declaredContentDirs(Path root) {
        return List.of();
    }

    /** Import aliases the generator resolves in image paths ({@code @/} to {@code src/}), longest first. */
    default Map<String, Path> importAliases(Path root) {
        return Map.of();
    }

    /** Whether front matter keys are matched ignoring case (Hugo reads {@code Title:} as {@code title}). */
    default boolean caseInsensitiveKeys() {
        return false;
    }

    /** Links the generator's template tags write into {@code text} (a post's whole file), with their offsets. */
    default List<TemplateLinks.Tag> templateLinks(String text) {
        return List.of();
    }

    /**
     * Offsets {@code [start, end)} of the template blocks whose content the generator does not read as markdown
     * (Jekyll's {@code highlight}, {@code raw} and {@code comment}; Hugo's {@code highlight} shortcode): links and
     * images written there are code or text.
     */
    default List<int[]> unlinkedBlocks(String text) {
        return List.of();
    }

    /** Whether posts go through Liquid before markdown (Jekyll): its blocks and {@code site.baseurl} count. */
    default boolean liquid() {
        return false;
    }

    /** Public (static files) folder relative to the site root; empty string for the root itself. */
    String publicDir();

    /** Whether the folder is the root of a site of this kind (its config file, with its content folder). */
    boolean isSiteRoot(Path dir);

    /** Markdown file extensions (lower case, no dot) posts are built from. */
    Set<String> extensions();

    /** Whether a file with this name (extension already accepted) is a post; e.g. Hugo's {@code _index.md} is not. */
    boolean isPostName(String fileName);

    // ---- URLs and routes ----

    /** The default URL pattern in {@code .postwright.yml}'s {@code url:} syntax ({@code {slug}}, {@code {subdir}}). */
    String urlPattern();

    /**
     * The URL pattern of a detected site whose {@code .postwright.yml} sets none: from the generator's own config
     * or the layout version its content folder shows; {@link #urlPattern()} when nothing says otherwise.
     */
    default String urlPattern(Path root, List<Path> contentDirs) {
        return urlPattern();
    }

    /** Per first content sub-folder, a URL pattern replacing the site's (Hugo's {@code [permalinks]}). */
    default Map<String, String> sectionUrlPatterns(Path root) {
        return Map.of();
    }

    /**
     * Per content folder (absolute, as in {@code contentDirs}), the collection the generator names it and whether
     * and where its routes publish the entries (Astro's {@code src/pages}); empty when every folder is published
     * under the site's URL pattern.
     */
    default Map<Path, SiteCollection> collections(Path root, List<Path> contentDirs) {
        return Map.of();
    }

    /**
     * The collection the post belongs to, as the generator names it: Astro's collection (its content folder),
     * Jekyll's {@code posts}, Hugo's section.
     */
    default String collectionOf(Site site, Path postFile) {
        return site.contentDirOf(postFile)
                .map(d -> d.getFileName().toString().replaceFirst("^_", ""))
                .orElse("");
    }

    /** The slug the generator gives the post: a slug field it reads, else one made from the path. */
    String slugOf(Site site, Path postFile, PostUrlFields fields);

    /** The post's site URL, starting with {@code /}. */
    default String urlOf(Site site, Path postFile, PostUrlFields fields) {
        return PostUrls.fromPattern(
                site,
                postFile,
                fields,
                slugOf(site, postFile, fields),
                urlFolders(PostUrls.folders(site, postFile), postFile));
    }

    /** The folders between the content folder and the post as they appear in the URL. */
    List<String> urlFolders(List<String> folders, Path postFile);

    /** Whether a site-root URL is a page the generator makes besides posts and static files (lists, feeds …). */
    boolean isGeneratedRoute(Site site, String path);

    /** The URL of a tag's page, or empty when the generator makes none. */
    Optional<String> tagUrl(String tag);

    /**
     * The file a site-root path names where the generator publishes files other than the public folder's
     * (Hugo's page-bundle resources); empty when there is none.
     */
    default Optional<Path> resolveResource(Site site, SiteIndex index, String path) {
        return Optional.empty();
    }

    // ---- front matter ----

    /** The fields that can set the slug, the one read first first. */
    List<String> slugFields();

    /** The slug fields that set the URL on a site with this schema; all of {@link #slugFields()} unless narrowed. */
    default List<String> slugFields(Schema schema) {
        return slugFields();
    }

    /**
     * The field that holds this post's slug: the first slug field the post has, else the one the schema declares,
     * else the first.
     */
    default String slugField(Schema schema, FrontmatterDocument doc) {
        List<String> names = slugFields(schema);
        for (String name : names) {
            if (doc != null && doc.entry(name).isPresent()) {
                return name;
            }
        }
        return names.stream()
                .filter(n -> schema.field(n).isPresent())
                .findFirst()
                .orElse(names.get(0));
    }

    /**
     * Whether the generator can put this slug field's text in a URL: not blank, no character that ends or escapes
     * a path ({@code ? # % \}), no control character, and something left once the theme slugifies it. Anything
     * else (capitals, {@code _}, spaces) is published, perhaps under a different spelling.
     */
    default boolean publishableSlug(String slug) {
        return !slug.isBlank()
                && slug.codePoints().noneMatch(c -> "?#%\\\"<>|".indexOf(c) >= 0 || Character.isISOControl(c))
                && !PostUrls.pathSlug(slug).isEmpty();
    }

    /** The field read as the publication date. */
    String publishedDateField();

    /** The field read as "last updated". */
    String modifiedDateField();

    /** The built-in schema; {@code author} is the site author when one is configured. */
    Schema defaultSchema(Optional<String> author);

    /** Each collection's own schema by collection name, where the site declares one per collection; none here. */
    default Map<String, Schema> collectionSchemas(Path root) {
        return Map.of();
    }

    /** The schema the site's own code declares (Astro's zod collection schema); empty when it declares none. */
    default Optional<DeclaredSchema> declaredSchema(Path root, Schema fallback) {
        return Optional.empty();
    }

    /** Fields the generator itself reads whatever the schema declares, so they are never "unknown". */
    default Set<String> builtInFields() {
        return Set.of();
    }

    /** Whether a plain string in a list field ({@code tags: a b}) is read as space-separated words (Jekyll). */
    default boolean splitsWordLists(String field) {
        return false;
    }

    /** The post's tags as the generator reads them. */
    default List<String> tags(FrontmatterDocument fm) {
        return FrontmatterWords.list(fm, "tags", splitsWordLists("tags"));
    }

    /**
     * Whether fields are checked with zod's semantics (Astro): an optional field may be left out but not left
     * {@code null}; a string field does not take a number or a date.
     */
    default boolean zodSemantics() {
        return false;
    }

    /** Whether TOML ({@code +++}) and JSON front matter is read (Hugo); elsewhere such a post has none. */
    default boolean readsTomlAndJson() {
        return false;
    }

    // ---- body ----

    /** Whether {@code ## Title {#id}} sets the heading id (Hugo's Goldmark, Jekyll's kramdown; not Astro's remark). */
    default boolean customHeadingIds() {
        return true;
    }

    /**
     * Heading ids the generator adds to a page with footnotes: Astro's remark-rehype ends it with
     * {@code <h2 id="footnote-label">}; Hugo's Goldmark and Jekyll's kramdown add no heading.
     */
    default List<String> footnoteHeadingIds() {
        return List.of();
    }

    // ---- new posts and renames ----

    /** Where a new post with this slug goes, created at {@code now}, under {@code contentDir}. */
    Path newPostFile(Path contentDir, String slug, ZonedDateTime now);

    /** The fields a new post starts with, as YAML source text by name, before they are put in schema order. */
    Map<String, String> newPostFields(Site site, NewPostFields post);

    /**
     * A new post's whole text when the site has its own template for new posts (Hugo's archetypes), for the file
     * {@link #newPostFile} planned; empty to write {@link #newPostFields} as YAML.
     */
    default Optional<NewPostText> newPostText(Site site, Path plannedFile, NewPostFields post) {
        return Optional.empty();
    }

    /** The time zone new posts are dated in when {@code .postwright.yml} sets none; empty for the system's. */
    default Optional<ZoneId> siteTimezone(Path root) {
        return Optional.empty();
    }

    /** Whether a renamed post can keep its old URL through a redirect in the site's config (Astro's redirects). */
    default boolean redirectsInConfig() {
        return false;
    }
}
