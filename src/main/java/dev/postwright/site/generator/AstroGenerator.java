package dev.postwright.site.generator;

import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.site.AstroCollections;
import dev.postwright.site.PostUrlFields;
import dev.postwright.site.Site;
import dev.postwright.site.SiteCollection;
import dev.postwright.site.TsconfigPaths;
import dev.postwright.site.ZodSchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Astro with the AstroPaper theme, in its two layouts: v5 keeps posts in {@code src/data/blog} and builds URLs
 * with {@code getPath} ({@code /posts/<folders>/<id>/}); v2–v4 keep them in {@code src/content/blog} with
 * {@code /posts/<slug>/} and no folders.
 */
public final class AstroGenerator implements Generator {

    /** AstroPaper's content layouts. */
    public enum Layout {
        /** v5: {@code src/data/blog}, URLs carry sub-folders. */
        V5("src/data/blog", "/posts/{subdir}/{slug}/"),
        /** v2–v4: {@code src/content/blog}, URLs do not carry sub-folders. */
        LEGACY("src/content/blog", "/posts/{slug}/");

        private final String contentDir;
        private final String urlPattern;

        Layout(String contentDir, String urlPattern) {
            this.contentDir = contentDir;
            this.urlPattern = urlPattern;
        }

        public String contentDir() {
            return contentDir;
        }

        public String urlPattern() {
            return urlPattern;
        }
    }

    /** Pages AstroPaper generates besides posts; {@code /posts/N/} are its pagination pages. */
    private static final Pattern ROUTES = Pattern.compile(
            "^/(|tags(/.*)?|posts(/[0-9]+)?/?|archives/?|search/?|about/?|rss\\.xml|robots\\.txt|og\\.png"
                    + "|sitemap-index\\.xml|sitemap-[0-9]+\\.xml|404/?)$");

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Override
    public String displayName() {
        return "AstroPaper";
    }

    @Override
    public YamlDialect dialect() {
        return YamlDialect.YAML_1_2;
    }

    @Override
    public boolean isSiteRoot(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("astro\\.config\\.[cm]?[jt]s"));
        } catch (IOException e) {
            return false; // an unreadable folder is not the site root
        }
    }

    @Override
    public List<String> contentCandidates() {
        return List.of(Layout.V5.contentDir(), Layout.LEGACY.contentDir());
    }

    /** Every collection of the content config that holds markdown, wherever its loader points. */
    @Override
    public List<String> declaredContentDirs(Path root) {
        return AstroCollections.markdownFolders(root);
    }

    /**
     * Each content folder's collection and its post route in {@code src/pages}. When no route names a collection
     * of the site (no {@code src/pages}, or routes that load entries through helpers), every collection is
     * published under the site's pattern, as before routes were read.
     */
    @Override
    public Map<Path, SiteCollection> collections(Path root, List<Path> contentDirs) {
        List<AstroCollections.Collection> declared = AstroCollections.read(root);
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path dir : contentDirs) {
            String name = declared.stream()
                    .filter(AstroCollections.Collection::markdown)
                    .filter(c -> c.folder()
                            .map(f -> root.resolve(f).normalize().equals(dir))
                            .orElse(false))
                    .map(AstroCollections.Collection::name)
                    .findFirst()
                    .orElse(dir.getFileName().toString());
            names.put(dir, name);
        }
        List<AstroRoutes.PostRoute> routes = AstroRoutes.read(root).orElse(List.of());
        boolean routed = routes.stream().anyMatch(r -> names.containsValue(r.collection()));
        Map<Path, SiteCollection> out = new LinkedHashMap<>();
        names.forEach((dir, name) -> {
            Optional<AstroRoutes.PostRoute> route =
                    routes.stream().filter(r -> r.collection().equals(name)).findFirst();
            out.put(
                    dir,
                    !routed
                            ? SiteCollection.sitePattern(name)
                            : new SiteCollection(
                                    name, route.flatMap(AstroRoutes.PostRoute::urlPattern), route.isPresent()));
        });
        return out;
    }

    /** The collection's name from the content config (its folder's name when the config does not say). */
    @Override
    public String collectionOf(Site site, Path postFile) {
        return site.collectionOf(postFile)
                .map(SiteCollection::name)
                .orElseGet(() -> Generator.super.collectionOf(site, postFile));
    }

    /** {@code tsconfig.json}'s {@code compilerOptions.paths}: Astro resolves {@code ![](@/assets/x.png)}. */
    @Override
    public Map<String, Path> importAliases(Path root) {
        return TsconfigPaths.read(root);
    }

    @Override
    public String publicDir() {
        return "public";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "mdx");
    }

    @Override
    public boolean isPostName(String fileName) {
        return !fileName.startsWith("_");
    }

    @Override
    public String urlPattern() {
        return Layout.V5.urlPattern();
    }

    /** The layout the content folders show: only a lone {@code src/content/blog} is the v2–v4 one. */
    public Layout layout(Path root, List<Path> contentDirs) {
        return contentDirs.equals(List.of(root.resolve(Layout.LEGACY.contentDir()))) ? Layout.LEGACY : Layout.V5;
    }

    @Override
    public String urlPattern(Path root, List<Path> contentDirs) {
        return layout(root, contentDirs).urlPattern();
    }

    @Override
    public String slugOf(Site site, Path postFile, PostUrlFields f) {
        if (f.slug() != null) {
            return f.slug();
        }
        if (f.postSlug() != null) {
            return f.postSlug();
        }
        // Astro's glob loader builds the id with github-slugger: lower case, punctuation dropped.
        return PostUrls.pathSlug(PostUrls.baseName(postFile));
    }

    /** AstroPaper v5 getPath(): "_" folders are left out of the URL, the others slugified. */
    @Override
    public List<String> urlFolders(List<String> folders, Path postFile) {
        return folders.stream()
                .filter(d -> !d.startsWith("_"))
                .map(PostUrls::pathSlug)
                .toList();
    }

    @Override
    public boolean isGeneratedRoute(Site site, String path) {
        return ROUTES.matcher(path).matches() || AstroPages.exists(site.root(), path, reservedPrefixes(site));
    }

    /**
     * Where the site's posts (of every published collection) and tag pages live: dynamic pages there are checked
     * against the posts instead.
     */
    private static List<String> reservedPrefixes(Site site) {
        List<String> reserved = new ArrayList<>(List.of("/tags/"));
        for (String pattern : site.urlPatterns()) {
            int placeholder = pattern.indexOf('{');
            String literal = placeholder < 0 ? pattern : pattern.substring(0, placeholder);
            int slash = literal.indexOf('/', 1);
            if (slash > 1) {
                reserved.add(literal.substring(0, slash + 1));
            }
        }
        return reserved;
    }

    /** AstroPaper's {@code getUniqueTags} slugifies the tag for {@code /tags/<slug>/}. */
    @Override
    public Optional<String> tagUrl(String tag) {
        return Optional.of("/tags/" + PostUrls.pathSlug(tag) + "/");
    }

    /** v2–v4 named the slug field {@code postSlug}; {@code slug} wins when both are there. */
    @Override
    public List<String> slugFields() {
        return List.of("slug", "postSlug");
    }

    /**
     * Astro's own {@code slug} always sets the entry id; AstroPaper's {@code postSlug} only where the schema
     * declares it (v2–v4): v5's {@code getPath} ignores a leftover one, which {@code field.unknown} reports.
     */
    @Override
    public List<String> slugFields(Schema schema) {
        return slugFields().stream()
                .filter(f -> builtInFields().contains(f) || schema.field(f).isPresent())
                .toList();
    }

    @Override
    public String publishedDateField() {
        return "pubDatetime";
    }

    @Override
    public String modifiedDateField() {
        return "modDatetime";
    }

    @Override
    public Schema defaultSchema(Optional<String> author) {
        return PresetSchemas.astroPaper(author);
    }

    @Override
    public Optional<DeclaredSchema> declaredSchema(Path root, Schema fallback) {
        ZodSchemaReader.Result zod = ZodSchemaReader.read(root, fallback);
        return Optional.of(new DeclaredSchema(zod.schema(), zod.note()));
    }

    @Override
    public Map<String, Schema> collectionSchemas(Path root) {
        return ZodSchemaReader.readCollections(root);
    }

    /** Astro's content collections take {@code slug} as the entry's id even when the schema has no such field. */
    @Override
    public Set<String> builtInFields() {
        return Set.of("slug");
    }

    @Override
    public boolean zodSemantics() {
        return true;
    }

    /** Astro's remark pipeline keeps {@code {#id}} in the heading text and its GitHub slug. */
    @Override
    public boolean customHeadingIds() {
        return false;
    }

    /** remark-rehype's footnotes section starts with {@code <h2 id="footnote-label">Footnotes</h2>}. */
    @Override
    public List<String> footnoteHeadingIds() {
        return List.of("footnote-label");
    }

    @Override
    public Path newPostFile(Path contentDir, String slug, ZonedDateTime now) {
        return contentDir.resolve(slug + ".md");
    }

    @Override
    public Map<String, String> newPostFields(Site site, NewPostFields post) {
        Schema schema = site.schema();
        Map<String, String> v = new LinkedHashMap<>();
        Optional<String> author = site.config().author().or(() -> AstroSiteSettings.author(site.root()));
        if (author.isPresent() && schema.field("author").isPresent()) {
            v.put("author", NewPosts.scalar(author.get()));
        }
        v.put("pubDatetime", ISO_SECONDS.format(post.now()));
        v.put("title", NewPosts.scalar(post.title()));
        if (schema.field("featured").isPresent()) {
            v.put("featured", "false");
        }
        if (schema.field("draft").isPresent() || post.draft()) {
            v.put("draft", Boolean.toString(post.draft()));
        }
        if (!post.tags().isEmpty()) {
            v.put("tags", NewPosts.flowList(post.tags()));
        } else {
            schema.field("tags").flatMap(f -> f.defaultValue()).ifPresent(d -> v.put("tags", d));
        }
        return v;
    }

    /** AstroPaper dates posts in {@code SITE.timezone} of {@code src/config.ts}. */
    @Override
    public Optional<ZoneId> siteTimezone(Path root) {
        try {
            return AstroSiteSettings.timezone(root).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty(); // an unknown zone name; the site's build would complain
        }
    }

    @Override
    public boolean redirectsInConfig() {
        return true;
    }
}
