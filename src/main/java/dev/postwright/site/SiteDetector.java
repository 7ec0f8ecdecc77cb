package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the site around an opened file or folder and builds its {@link Site}. */
public final class SiteDetector {

    private static final List<String> HUGO_CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json");
    // Older Hugo sites name the config config.*; that name is too common to count without content/.
    private static final List<String> GENERIC_CONFIGS = List.of("config.toml", "config.yaml", "config.yml");

    private SiteDetector() {
    }

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
        Optional<Preset> override = presetOverride.filter(s -> !s.isBlank()).map(s -> Preset.byId(s)
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + s + "'. Use one of: "
                        + Preset.ids() + ".")));
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
        if (hasAstroConfig(dir)) {
            return Optional.of(Optional.of(Preset.ASTROPAPER));
        }
        boolean content = Files.isDirectory(dir.resolve("content"));
        if (HUGO_CONFIGS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)))
                || content && GENERIC_CONFIGS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)))) {
            return Optional.of(Optional.of(Preset.HUGO));
        }
        if (Files.isRegularFile(dir.resolve("_config.yml")) && Files.isDirectory(dir.resolve("_posts"))) {
            return Optional.of(Optional.of(Preset.JEKYLL));
        }
        if (Files.isRegularFile(dir.resolve(SiteConfig.FILE_NAME))) {
            return Optional.of(Optional.empty());
        }
        return Optional.empty();
    }

    private static boolean hasAstroConfig(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("astro\\.config\\.[cm]?[jt]s"));
        } catch (IOException e) {
            return false; // an unreadable folder is not the site root
        }
    }

    private static Site build(Path root, Optional<Preset> override, Optional<Preset> marker, boolean lone,
                              SiteConfig base) {
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
        List<Path> content = contentDirs(root, preset, config, lone, warnings);
        Path publicDir = root.resolve(config.publicDir().orElse(preset.publicDir())).normalize();
        boolean legacy = preset == Preset.ASTROPAPER && config.content().isEmpty()
                && content.equals(List.of(root.resolve(Preset.ASTRO_LEGACY_CONTENT)));
        String url = config.url().orElseGet(() -> legacy ? Preset.ASTRO_LEGACY_URL
                : lone ? preset.urlPattern()
                : GeneratorPermalinks.urlPattern(root, preset).orElse(preset.urlPattern()));

        Schema fallback = preset.defaultSchema(config.author());
        String note;
        Schema schema;
        if (lone) {
            schema = fallback;
            note = "No site found around " + root + "; using the " + preset.displayName() + " preset fields";
        } else if (preset == Preset.ASTROPAPER) {
            ZodSchemaReader.Result zod = ZodSchemaReader.read(root, fallback);
            schema = withAuthor(zod.schema(), config.author());
            note = zod.note();
        } else {
            schema = fallback;
            note = preset.displayName() + " sites declare no schema; using the " + preset.displayName()
                    + " preset fields";
        }
        if (!config.fields().isEmpty()) {
            schema = merge(schema, config.fields());
            note += "; " + config.fields().size() + " field(s) from " + SiteConfig.FILE_NAME;
        }
        Map<String, String> sections = config.url().isPresent() || lone ? Map.of()
                : GeneratorPermalinks.hugoSections(root, preset);
        return new Site(root, preset, content, publicDir, schema, config, note, url, lone, warnings, sections);
    }

    private static List<Path> contentDirs(Path root, Preset preset, SiteConfig config, boolean lone,
                                          List<String> warnings) {
        if (!config.content().isEmpty()) {
            List<Path> dirs = config.content().stream().map(c -> root.resolve(c).normalize()).toList();
            dirs.stream().filter(d -> !Files.isDirectory(d)).forEach(d -> warnings.add(SiteConfig.FILE_NAME
                    + ": content folder " + root.relativize(d) + " does not exist"));
            return dirs;
        }
        if (lone) {
            return List.of(root);
        }
        for (String candidate : preset.contentCandidates()) {
            if (Files.isDirectory(root.resolve(candidate))) {
                return List.of(root.resolve(candidate));
            }
        }
        String expected = preset.contentCandidates().get(0);
        warnings.add("No content folder: expected " + String.join(" or ", preset.contentCandidates())
                + " under " + root);
        return List.of(root.resolve(expected));
    }

    /** AstroPaper's author default is SITE.author, which zod gives us only as a name; the config knows it. */
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
