package dev.postwright.site.generator;

import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll: posts named {@code _posts/YYYY-MM-DD-name.md}, the site root is public, {@code permalink} (site and
 * post), categories, YAML 1.1 front matter (Psych) with space-separated {@code tags:} and {@code categories:}.
 */
public final class JekyllGenerator implements Generator {

    private static final Pattern PRETTY_SEPARATORS = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    /** Jekyll's home, jekyll-feed, jekyll-sitemap, the minima theme's Sass output, 404, robots. */
    private static final Pattern ROUTES = Pattern.compile(
            "^/(|index\\.html|feed\\.xml|sitemap\\.xml|robots\\.txt|404\\.html|assets/main\\.css|page[0-9]+/?)$");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Override
    public String displayName() {
        return "Jekyll";
    }

    @Override
    public YamlDialect dialect() {
        return YamlDialect.YAML_1_1;
    }

    @Override
    public boolean isSiteRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("_config.yml")) && Files.isDirectory(dir.resolve("_posts"));
    }

    @Override
    public List<String> contentCandidates() {
        return List.of("_posts");
    }

    /** Liquid's {@code highlight} (code), {@code raw} and {@code comment} blocks. */
    @Override
    public List<int[]> unlinkedBlocks(String text) {
        return LiquidText.skippedBlocks(text);
    }

    /** {@code post_url} and {@code link} tags outside {@code raw} and {@code comment} blocks. */
    @Override
    public List<TemplateLinks.Tag> templateLinks(String text) {
        return TemplateLinks.liquid(text, LiquidText.unrenderedBlocks(text));
    }

    @Override
    public boolean liquid() {
        return true;
    }

    @Override
    public String publicDir() {
        return "";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    /** Only {@code YYYY-MM-DD-name} files in {@code _posts} are posts. */
    @Override
    public boolean isPostName(String fileName) {
        return PostUrls.JEKYLL_NAME.matcher(fileName).matches();
    }

    @Override
    public String urlPattern() {
        return "/{categories}/{yyyy}/{mm}/{dd}/{slug}.html";
    }

    /** {@code permalink:} in {@code _config.yml}, when this reader knows all its placeholders. */
    @Override
    public String urlPattern(Path root, List<Path> contentDirs) {
        return GeneratorPermalinks.jekyllUrlPattern(root).orElse(urlPattern());
    }

    @Override
    public String slugOf(Site site, Path postFile, PostUrlFields f) {
        if (f.slug() != null) {
            return prettySlug(f.slug());
        }
        String name = PostUrls.baseName(postFile);
        Matcher m = PostUrls.JEKYLL_NAME.matcher(name);
        return prettySlug(m.matches() ? m.group(4) : name);
    }

    /**
     * {@code :title} as Jekyll 4 makes it ({@code Utils.slugify} in "pretty" mode, case kept): runs of characters
     * other than letters, digits, marks and {@code ._~!$&'()+,;=@} become {@code -}, with none at either end
     * ({@code slug: My Post_Two+x} is {@code My-Post_Two+x}, as Jekyll 4.3 builds it).
     */
    static String prettySlug(String slug) {
        String s = PRETTY_SEPARATORS.matcher(slug).replaceAll("-");
        return EDGE_DASHES.matcher(s).replaceAll("");
    }

    /** Jekyll's {@code :categories}: each category in lower case, once. */
    private static PostUrlFields lowerCategories(PostUrlFields f) {
        List<String> cats = f.categories().stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        return new PostUrlFields(f.slug(), f.postSlug(), cats, f.permalink(), f.date(), f.title(), f.url());
    }

    /** A post's own {@code permalink} replaces the site's pattern. */
    @Override
    public String urlOf(Site site, Path postFile, PostUrlFields fields) {
        PostUrlFields f = lowerCategories(fields);
        if (f.permalink() == null) {
            return Generator.super.urlOf(site, postFile, f);
        }
        Map<String, String> v = PostUrls.values(postFile, f, slugOf(site, postFile, f), List.of());
        String url = f.permalink()
                .replace(":categories", v.get("categories"))
                .replace(":year", v.get("yyyy"))
                .replace(":month", v.get("mm"))
                .replace(":day", v.get("dd"))
                .replace(":title", v.get("slug"))
                .replace(":slug", v.get("slug"));
        return PostUrls.collapse(url.startsWith("/") ? url : "/" + url);
    }

    /** Folders under {@code _posts} are not part of a post's URL. */
    @Override
    public List<String> urlFolders(List<String> folders, Path postFile) {
        return List.of();
    }

    @Override
    public boolean isGeneratedRoute(Site site, String path) {
        return ROUTES.matcher(path).matches() || JekyllPages.exists(site.root(), path);
    }

    /** Jekyll makes no tag pages of its own; themes and plugins differ. */
    @Override
    public Optional<String> tagUrl(String tag) {
        return Optional.empty();
    }

    @Override
    public List<String> slugFields() {
        return List.of("slug");
    }

    @Override
    public String publishedDateField() {
        return "date";
    }

    /** jekyll-last-modified-at and jekyll-seo-tag. */
    @Override
    public String modifiedDateField() {
        return "last_modified_at";
    }

    @Override
    public Schema defaultSchema(Optional<String> author) {
        return PresetSchemas.jekyll();
    }

    /** Jekyll splits a plain string in {@code categories:} and {@code tags:} on spaces. */
    @Override
    public boolean splitsWordLists(String field) {
        return field.equals("tags") || field.equals("categories");
    }

    @Override
    public Path newPostFile(Path contentDir, String slug, ZonedDateTime now) {
        return contentDir.resolve(DAY.format(now) + "-" + slug + ".md");
    }

    @Override
    public Map<String, String> newPostFields(Site site, NewPostFields post) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("layout", "post");
        v.put("title", NewPosts.scalar(post.title()));
        v.put("date", DATE.format(post.now()));
        if (!post.tags().isEmpty()) {
            v.put("tags", NewPosts.flowList(post.tags()));
        }
        // Jekyll keeps drafts in _drafts/; a post in _posts/ is kept out of the build this way.
        if (post.draft()) {
            v.put("published", "false");
        }
        return v;
    }
}
