package dev.postwright.site.generator;

import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.PostSummary;
import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hugo: content in {@code content/}, static files in {@code static/}, page bundles (an {@code index.md} whose
 * folder is the slug and whose other files are published under its URL), {@code [permalinks]} per section,
 * YAML, TOML and JSON front matter.
 */
public final class HugoGenerator implements Generator {

    private static final List<String> CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json");
    // Older Hugo sites name the config config.*; that name is too common to count without content/.
    private static final List<String> GENERIC_CONFIGS = List.of("config.toml", "config.yaml", "config.yml");

    /** Hugo's home, taxonomy lists and terms (with pages and feeds), RSS, sitemap, robots, 404. */
    private static final Pattern ROUTES =
            Pattern.compile("^/(|page/[0-9]+/?|index\\.xml|sitemap\\.xml|robots\\.txt|404\\.html"
                    + "|(tags|categories|series)/?|(tags|categories|series)/[^/]+/?(page/[0-9]+/?|index\\.xml)?)$");
    /** A section list: {@code /posts/}, its pages and feed; valid when {@code content/posts/} exists. */
    /** {@code {{< highlight go >}}...{{< /highlight >}}} (either delimiter): its content is code. */
    private static final Pattern HIGHLIGHT_OPEN = Pattern.compile("\\{\\{[<%]\\s*highlight\\b[^}]{0,500}?[>%]}}");

    private static final Pattern HIGHLIGHT_CLOSE = Pattern.compile("\\{\\{[<%]\\s*/highlight\\s*[>%]}}");

    private static final Pattern SECTION = Pattern.compile("^/([^/]+)/?(page/[0-9]+/?|index\\.xml)?$");

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Override
    public String displayName() {
        return "Hugo";
    }

    @Override
    public YamlDialect dialect() {
        return YamlDialect.YAML_1_2;
    }

    @Override
    public boolean isSiteRoot(Path dir) {
        boolean content = Files.isDirectory(dir.resolve("content"));
        return CONFIGS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)))
                || content && GENERIC_CONFIGS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)));
    }

    @Override
    public List<String> contentCandidates() {
        return List.of("content");
    }

    /** The {@code highlight} shortcode's content is code, not markdown. */
    @Override
    public List<int[]> unlinkedBlocks(String text) {
        // each opening is paired with the next closing, searched forward only: linear on any text
        List<int[]> ranges = new ArrayList<>();
        Matcher open = HIGHLIGHT_OPEN.matcher(text);
        Matcher close = HIGHLIGHT_CLOSE.matcher(text);
        int from = 0;
        while (open.find(from) && close.find(open.end())) {
            ranges.add(new int[] {open.start(), close.end()});
            from = close.end();
        }
        return ranges;
    }

    /** The {@code ref} and {@code relref} shortcodes, and {@code figure} sources. */
    @Override
    public List<TemplateLinks.Tag> templateLinks(String text) {
        return TemplateLinks.hugo(text);
    }

    @Override
    public boolean caseInsensitiveKeys() {
        return true;
    }

    @Override
    public String publicDir() {
        return "static";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    /** {@code _index.md} is a section's list page, not a post. */
    @Override
    public boolean isPostName(String fileName) {
        return !fileName.startsWith("_index.");
    }

    @Override
    public String urlPattern() {
        return "/{subdir}/{slug}/";
    }

    @Override
    public Map<String, String> sectionUrlPatterns(Path root) {
        return GeneratorPermalinks.hugoSections(root);
    }

    @Override
    public String slugOf(Site site, Path postFile, PostUrlFields f) {
        if (f.slug() != null) {
            return urlize(f.slug());
        }
        String name = PostUrls.isBundleIndex(postFile)
                ? postFile.getParent().getFileName().toString()
                : PostUrls.baseName(postFile);
        return PostUrls.pathSlug(name);
    }

    /**
     * A slug field as Hugo puts it in the path (its {@code MakePathSanitized}): letters, digits, marks and
     * {@code . _ - # + ~ @} kept, spaces made {@code -}, anything else dropped, then lower case ({@code slug: My
     * Post_Two} is published at {@code /posts/my-post_two/}, as Hugo 0.111 builds it).
     */
    static String urlize(String slug) {
        StringBuilder sb = new StringBuilder();
        slug.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || "._-#+~@/".indexOf(c) >= 0) {
                sb.appendCodePoint(c);
            } else if (Character.isWhitespace(c) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The {@code url} field replaces the whole URL. */
    @Override
    public String urlOf(Site site, Path postFile, PostUrlFields f) {
        if (f.url() != null) {
            return PostUrls.collapse(f.url().startsWith("/") ? f.url() : "/" + f.url());
        }
        return Generator.super.urlOf(site, postFile, f);
    }

    @Override
    public List<String> urlFolders(List<String> folders, Path postFile) {
        List<String> dirs = new ArrayList<>(folders);
        if (PostUrls.isBundleIndex(postFile.toAbsolutePath().normalize()) && !dirs.isEmpty()) {
            dirs.remove(dirs.size() - 1); // the bundle folder is the slug, not a URL folder
        }
        return dirs.stream().map(PostUrls::pathSlug).toList();
    }

    @Override
    public boolean isGeneratedRoute(Site site, String path) {
        return ROUTES.matcher(path).matches() || isSection(site, path);
    }

    private static boolean isSection(Site site, String path) {
        Matcher m = SECTION.matcher(path);
        if (!m.matches()) {
            return isNestedSection(site, path);
        }
        try {
            for (Path content : site.contentDirs()) {
                if (Files.isDirectory(content.resolve(m.group(1)))) {
                    return true;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return false;
    }

    /** Hugo's section: the first folder under {@code content/} (empty for a page at its top). */
    @Override
    public String collectionOf(Site site, Path postFile) {
        List<String> folders = PostUrls.folders(site, postFile);
        return folders.isEmpty() || PostUrls.isBundleIndex(postFile) && folders.size() == 1 ? "" : folders.get(0);
    }

    /** A deeper section ({@code /posts/2020/}): a content folder with its own {@code _index.md}. */
    private static boolean isNestedSection(Site site, String path) {
        String rel = path.replaceAll("^/+|/+$", "").replaceAll("/(page/[0-9]+|index\\.xml)$", "");
        if (rel.isEmpty()) {
            return false;
        }
        try {
            for (Path content : site.contentDirs()) {
                Path dir = content.resolve(rel).normalize();
                if (dir.startsWith(content)
                        && Files.isDirectory(dir)
                        && Stream.of("md", "markdown", "html")
                                .anyMatch(e -> Files.isRegularFile(dir.resolve("_index." + e)))) {
                    return true;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return false;
    }

    /** Hugo's default taxonomy {@code tags}, terms made URLs by {@code urlize}. */
    @Override
    public Optional<String> tagUrl(String tag) {
        return Optional.of("/tags/" + PostUrls.pathSlug(tag) + "/");
    }

    /**
     * A page bundle's resources are published under the page's URL: {@code /posts/night-train/platform.png} is
     * {@code content/posts/night-train/platform.png} when {@code index.md} there has the URL
     * {@code /posts/night-train/}.
     */
    @Override
    public Optional<Path> resolveResource(Site site, SiteIndex index, String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        Optional<Path> published = contentFile(site, path);
        if (published.isPresent()) {
            return published;
        }
        // Longest page URL first: /posts/a/img/x.png may be resource img/x.png of /posts/a/.
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String pageUrl = path.substring(0, slash + 1);
            String rest = path.substring(slash + 1);
            if (rest.isEmpty()) {
                continue;
            }
            for (PostSummary page : index.byUrl(pageUrl)) {
                Optional<Path> file = bundleResource(page.path(), rest);
                if (file.isPresent()) {
                    return file;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A file of the content folder that is not a page is published at its own path: an image in
     * {@code content/posts/images/} is at {@code /posts/images/…}.
     */
    private static Optional<Path> contentFile(Site site, String path) {
        String rel = path.substring(1);
        if (rel.isEmpty() || rel.matches("(?i).*\\.(md|markdown)$")) {
            return Optional.empty();
        }
        try {
            for (Path content : site.contentDirs()) {
                Path file = content.resolve(rel).normalize();
                if (file.startsWith(content) && Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Path> bundleResource(Path page, String rest) {
        String name = page.getFileName().toString();
        if (!name.startsWith("index.") || page.getParent() == null) {
            return Optional.empty(); // only a leaf bundle (index.md) has its own folder of resources
        }
        try {
            Path bundle = page.getParent();
            Path file = bundle.resolve(rest).normalize();
            return file.startsWith(bundle) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> slugFields() {
        return List.of("slug");
    }

    @Override
    public String publishedDateField() {
        return "date";
    }

    @Override
    public String modifiedDateField() {
        return "lastmod";
    }

    @Override
    public Schema defaultSchema(Optional<String> author) {
        return PresetSchemas.hugo();
    }

    @Override
    public boolean readsTomlAndJson() {
        return true;
    }

    @Override
    public Path newPostFile(Path contentDir, String slug, ZonedDateTime now) {
        return contentDir.resolve("posts").resolve(slug + ".md");
    }

    /** The site's archetype for the post's section filled in, or Hugo's default archetype (TOML). */
    @Override
    public Optional<NewPostText> newPostText(Site site, Path plannedFile, NewPostFields post) {
        return Optional.of(HugoArchetypes.newPostOrDefault(site, plannedFile, post));
    }

    /** Hugo's {@code timeZone} setting, which {@code .Date} in archetypes follows. */
    @Override
    public Optional<ZoneId> siteTimezone(Path root) {
        try {
            return HugoSiteConfig.read(root).string("timeZone").map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty(); // an unknown zone name; Hugo reports it when it builds
        }
    }

    @Override
    public Map<String, String> newPostFields(Site site, NewPostFields post) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", NewPosts.scalar(post.title()));
        v.put("date", ISO_SECONDS.format(post.now()));
        v.put("draft", Boolean.toString(post.draft()));
        if (!post.tags().isEmpty()) {
            v.put("tags", NewPosts.flowList(post.tags()));
        }
        return v;
    }
}
