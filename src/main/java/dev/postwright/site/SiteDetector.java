package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.Schema;
import dev.postwright.site.generator.DeclaredSchema;
import dev.postwright.site.generator.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the site around an opened file or folder and builds its {@link Site}. */
public final class SiteDetector {

    private SiteDetector() {}

    /**
     * The site holding {@code opened} (a file or folder). {@code presetOverride} (the {@code --preset}
     * option) beats {@code .postwright.yml}, which beats what the folder looks like.
     *
     * @throws IllegalArgumentException when the path does not exist or the preset name is unknown
     */
    public static Site detect(Path opened, Optional<String> presetOverride) {
        return detect(opened, presetOverride, SiteConfig.defaults());
    }

    /**
     * As {@link #detect(Path, Optional)}, starting from {@code base} (the writer's own defaults, such as
     * description limits from the window's preferences) before the site's {@code .postwright.yml} is applied.
     */
    public static Site detect(Path opened, Optional<String> presetOverride, SiteConfig base) {
        Path path = opened.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("No such file or folder: " + opened);
        }
        Optional<Preset> override = presetOverride
                .filter(s -> !s.isBlank())
                .map(s -> Preset.byId(s)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Unknown preset '" + s + "'. Use one of: " + Preset.ids() + ".")));
        Path start = Files.isDirectory(path) ? path : path.getParent();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Optional<Optional<Preset>> marker = marker(dir);
            if (marker.isPresent()) {
                return build(dir, override, marker.get(), false, base);
            }
        }
        return build(start, override, Optional.empty(), true, base);
    }

    /** Empty when the folder is no site root; else the preset it shows (empty for a bare .postwright.yml). */
    static Optional<Optional<Preset>> marker(Path dir) {
        // In declaration order: a folder with astro.config.* is Astro even when it also has content/.
        for (Preset p : Preset.values()) {
            if (p.generator().isSiteRoot(dir)) {
                return Optional.of(Optional.of(p));
            }
        }
        if (Files.isRegularFile(dir.resolve(SiteConfig.FILE_NAME))) {
            return Optional.of(Optional.empty());
        }
        return Optional.empty();
    }

    private static Site build(
            Path root, Optional<Preset> override, Optional<Preset> marker, boolean lone, SiteConfig base) {
        List<String> warnings = new ArrayList<>();
        SiteConfig loaded = base;
        Path configFile = root.resolve(SiteConfig.FILE_NAME);
        if (Files.isRegularFile(configFile)) {
            try {
                loaded = SiteConfigReader.read(configFile, base);
            } catch (SiteConfigException e) {
                warnings.add(e.getMessage() + " Using the defaults until it is fixed.");
            }
        }
        SiteConfig config = loaded;
        Preset preset = override.or(config::preset).or(() -> marker).orElse(Preset.ASTROPAPER);
        Generator generator = preset.generator();
        List<Path> content = contentDirs(root, generator, config, lone, warnings);
        Path publicDir =
                root.resolve(config.publicDir().orElse(generator.publicDir())).normalize();
        Map<Path, SiteCollection> collections = lone ? Map.of() : generator.collections(root, content);
        if (config.url().isPresent()) { // the writer's url: says where every post goes
            Map<Path, SiteCollection> named = new LinkedHashMap<>();
            collections.forEach((dir, c) -> named.put(dir, SiteCollection.sitePattern(c.name())));
            collections = named;
        }
        // The first content folder's page route, when the site's routes give one, is the site's URL pattern.
        Optional<String> routed = content.stream()
                .map(collections::get)
                .filter(c -> c != null && c.published())
                .findFirst()
                .flatMap(SiteCollection::urlPattern);
        // Content folders named in .postwright.yml say nothing about the generator's layout version.
        String url = config.url()
                .or(() -> lone ? Optional.empty() : routed)
                .orElseGet(() -> lone
                        ? generator.urlPattern()
                        : generator.urlPattern(root, config.content().isEmpty() ? content : List.of()));

        Schema fallback = preset.defaultSchema(config.author());
        String note;
        Schema schema;
        Optional<DeclaredSchema> declared = lone ? Optional.empty() : generator.declaredSchema(root, fallback);
        if (lone) {
            schema = fallback;
            note = "No site found around " + root + "; using the " + preset.displayName() + " preset fields";
        } else if (declared.isPresent()) {
            schema = withAuthor(declared.get().schema(), config.author());
            note = declared.get().note();
        } else {
            schema = fallback;
            note = preset.displayName() + " sites declare no schema; using the " + preset.displayName()
                    + " preset fields";
        }
        if (!config.fields().isEmpty()) {
            schema = merge(schema, config.fields());
            note += "; " + config.fields().size() + " field(s) from " + SiteConfig.FILE_NAME;
        }
        collections = withOwnSchemas(
                collections, declared.isPresent() ? generator.collectionSchemas(root) : Map.of(), config);
        Map<String, String> sections = config.url().isPresent() || lone ? Map.of() : generator.sectionUrlPatterns(root);
        return new Site(
                root, preset, content, publicDir, schema, config, note, url, lone, warnings, sections, collections);
    }

    private static List<Path> contentDirs(
            Path root, Generator generator, SiteConfig config, boolean lone, List<String> warnings) {
        if (!config.content().isEmpty()) {
            List<Path> dirs = config.content().stream()
                    .map(c -> root.resolve(c).normalize())
                    .toList();
            dirs.stream()
                    .filter(d -> !Files.isDirectory(d))
                    .forEach(d -> warnings.add(
                            SiteConfig.FILE_NAME + ": content folder " + root.relativize(d) + " does not exist"));
            return dirs;
        }
        if (lone) {
            return List.of(root);
        }
        List<Path> declared = generator.declaredContentDirs(root).stream()
                .map(d -> root.resolve(d).normalize())
                .filter(Files::isDirectory)
                .toList();
        if (!declared.isEmpty()) {
            return declared;
        }
        for (String candidate : generator.contentCandidates()) {
            if (Files.isDirectory(root.resolve(candidate))) {
                return List.of(root.resolve(candidate));
            }
        }
        String expected = generator.contentCandidates().get(0);
        warnings.add(
                "No content folder: expected " + String.join(" or ", generator.contentCandidates()) + " under " + root);
        return List.of(root.resolve(expected));
    }

    /** AstroPaper's author default is SITE.author, which zod gives us only as a name; the config knows it. */
    /** Each collection with its own declared schema, given the same author default and config fields as the site's. */
    private static Map<Path, SiteCollection> withOwnSchemas(
            Map<Path, SiteCollection> collections, Map<String, Schema> own, SiteConfig config) {
        if (own.isEmpty()) {
            return collections;
        }
        Map<Path, SiteCollection> out = new LinkedHashMap<>();
        collections.forEach((dir, c) -> {
            Schema s = own.get(c.name());
            if (s != null) {
                s = withAuthor(s, config.author());
                s = config.fields().isEmpty() ? s : merge(s, config.fields());
            }
            out.put(dir, s == null ? c : c.withSchema(s));
        });
        return out;
    }

    private static Schema withAuthor(Schema schema, Optional<String> author) {
        Optional<Field> field = schema.field("author");
        if (author.isEmpty() || field.isEmpty() || field.get().defaultValue().isPresent()) {
            return schema;
        }
        return merge(schema, List.of(field.get().withDefault(YamlText.scalar(author.get()))));
    }

    /** Overrides keep their schema position (Schema.withFields would move them last); new fields go last. */
    static Schema merge(Schema schema, List<Field> overrides) {
        List<Field> fields = new ArrayList<>(schema.fields());
        for (Field f : overrides) {
            int at = schema.order(f.name());
            if (at == Integer.MAX_VALUE) {
                fields.add(f);
            } else {
                fields.set(at, f);
            }
        }
        return new Schema(fields, schema.strict(), schema.source());
    }
}
