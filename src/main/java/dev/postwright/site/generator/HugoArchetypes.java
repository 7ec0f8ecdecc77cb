package dev.postwright.site.generator;

import dev.postwright.site.Site;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new Hugo post made the way {@code hugo new} makes it: from the archetype for its section, its Go-template
 * expressions filled in, then the writer's title, tags, description and draft choice set over the archetype's
 * values. Lookup order as Hugo's (gohugo.io/content-management/archetypes): {@code archetypes/<section>.md}, a
 * leaf-bundle folder {@code archetypes/<section>/index.md}, each theme's, then {@code archetypes/default.md},
 * each theme's; without any, Hugo's own default archetype in TOML (the one {@code hugo new site} writes).
 */
final class HugoArchetypes {

    /** The archetype used when the site has none, in TOML as current Hugo sites' {@code archetypes/default.md}. */
    static final String BUILT_IN = "+++\n"
            + "title = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n"
            + "date = {{ .Date }}\n"
            + "draft = true\n"
            + "+++\n\n";

    private static final Pattern EMPTY_TOML = Pattern.compile("^\\s*[A-Za-z0-9_\"'-]+\\s*=\\s*$");
    private static final Pattern EMPTY_JSON = Pattern.compile("^\\s*\"[^\"]*\"\\s*:\\s*,?\\s*$");

    private static final Logger LOG = System.getLogger(HugoArchetypes.class.getName());

    private static final int MAX_COPIES = 100;

    private HugoArchetypes() {}

    /** One archetype found: its file, and whether it is a leaf-bundle folder's {@code index.md}. */
    record Archetype(Path file, boolean bundle) {}

    /**
     * {@link #newPost}, or, should the archetype's text defeat it (a bug: hostile-input properties look for them),
     * Hugo's default archetype with a warning rather than no post at all.
     */
    static NewPostText newPostOrDefault(Site site, Path plannedFile, NewPostFields post) {
        try {
            return newPost(site, plannedFile, post);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "archetype for " + plannedFile + " failed", e); // the writer gets the warning
            NewPostText fallback = newPost(site, HugoSiteConfig.read(site.root()), plannedFile, post, Optional.empty());
            List<String> warnings = new ArrayList<>(fallback.warnings());
            warnings.add(
                    0,
                    "The site's archetype could not be used, so the post was made from Hugo's default "
                            + "archetype; check the archetype with hugo new.");
            return new NewPostText(fallback.file(), fallback.text(), warnings);
        }
    }

    static NewPostText newPost(Site site, Path plannedFile, NewPostFields post) {
        HugoSiteConfig config = HugoSiteConfig.read(site.root());
        return newPost(site, config, plannedFile, post, find(site.root(), config.themes(), section(site, plannedFile)));
    }

    private static NewPostText newPost(
            Site site, HugoSiteConfig config, Path plannedFile, NewPostFields post, Optional<Archetype> found) {
        String section = section(site, plannedFile);
        String slug = plannedFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        List<String> warnings = new ArrayList<>();
        Path file = found.filter(Archetype::bundle)
                .map(a -> plannedFile.resolveSibling(slug).resolve("index.md"))
                .orElse(plannedFile);
        String template = BUILT_IN;
        String name = "Hugo's default archetype";
        Map<Path, Path> copies = Map.of();
        if (found.isPresent()) {
            name = site.relativize(found.get().file());
            try {
                template = Files.readString(found.get().file(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                warnings.add(name + " could not be read, so the post was made from Hugo's default archetype.");
                name = "Hugo's default archetype";
            }
            if (found.get().bundle()) {
                copies = bundleFiles(found.get().file().getParent(), file.getParent(), warnings, name);
            }
        }
        GoPipeline pipeline = new GoPipeline(HugoArchetypeData.of(config, section, slug, file, post.now()), post.now());
        GoTemplate.Result filled = GoTemplate.evaluate(template, pipeline);
        for (String expression : filled.unknown()) {
            warnings.add(name + ": " + expression + " is not understood by Postwright, so the new post leaves it out;"
                    + " fill that part in by hand (hugo new would).");
        }
        String text = clean(filled.text());
        Optional<ArchetypeFields.Format> format = ArchetypeFields.formatOf(text);
        if (format.isEmpty()) {
            warnings.add(name + " has no front matter, so the post starts with Hugo's default front matter.");
            text = clean(GoTemplate.evaluate(BUILT_IN, pipeline).text()) + text;
            format = ArchetypeFields.formatOf(text);
        }
        ArchetypeFields.Format f = format.orElseThrow();
        text = ArchetypeFields.set(text, f, "title", post.title());
        if (post.draftGiven()) {
            text = ArchetypeFields.set(text, f, "draft", post.draft());
        }
        if (!post.tags().isEmpty()) {
            text = ArchetypeFields.set(text, f, "tags", post.tags());
        }
        if (post.description().isPresent()) {
            text = ArchetypeFields.set(
                    text, f, "description", post.description().get());
        }
        return new NewPostText(file, text, warnings, copies);
    }

    /**
     * The files of a bundle archetype's folder besides {@code index.md}, by where they go in the new bundle; Hugo
     * copies them too. At most {@value #MAX_COPIES}: an archetype folder is a handful of placeholders, not a library.
     */
    private static Map<Path, Path> bundleFiles(Path folder, Path bundle, List<String> warnings, String name) {
        Map<Path, Path> copies = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = folder.relativize(f);
                if (rel.toString().equals("index.md")) {
                    continue;
                }
                if (copies.size() == MAX_COPIES) {
                    warnings.add(name + "'s folder has more than " + MAX_COPIES + " other files; only the first "
                            + MAX_COPIES + " are copied into the new post's folder.");
                    break;
                }
                copies.put(bundle.resolve(rel.toString()), f);
            }
        } catch (IOException | RuntimeException e) {
            warnings.add("The other files of " + name + "'s folder could not be listed, so only index.md is "
                    + "created; copy them by hand.");
        }
        return copies;
    }

    /** The archetype Hugo would use for a new page in {@code section}; empty when the site has none. */
    static Optional<Archetype> find(Path root, List<String> themes, String section) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(root.resolve("archetypes"));
        themes.forEach(t -> dirs.add(root.resolve("themes").resolve(t).resolve("archetypes")));
        for (Path dir : dirs) {
            if (!section.isEmpty() && Files.isRegularFile(dir.resolve(section + ".md"))) {
                return Optional.of(new Archetype(dir.resolve(section + ".md"), false));
            }
            if (!section.isEmpty() && Files.isRegularFile(dir.resolve(section).resolve("index.md"))) {
                return Optional.of(new Archetype(dir.resolve(section).resolve("index.md"), true));
            }
        }
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve("default.md"))) {
                return Optional.of(new Archetype(dir.resolve("default.md"), false));
            }
        }
        return Optional.empty();
    }

    /** Hugo's section: the first folder under the content folder. */
    private static String section(Site site, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path content : site.contentDirs()) {
            Path c = content.toAbsolutePath().normalize();
            if (abs.startsWith(c) && c.relativize(abs).getNameCount() > 1) {
                return c.relativize(abs).getName(0).toString();
            }
        }
        return "";
    }

    /**
     * Removes what expressions that were not understood left: a front matter line whose value is now missing
     * (it would not parse; {@code key = } in TOML, {@code "key": ,} in JSON) goes; elsewhere only the expression.
     */
    static String clean(String text) {
        if (text.indexOf(GoTemplate.UNKNOWN) < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf(GoTemplate.UNKNOWN) >= 0) {
                String without = line.replace(String.valueOf(GoTemplate.UNKNOWN), "");
                if (EMPTY_TOML.matcher(without).matches()
                        || EMPTY_JSON.matcher(without).matches()) {
                    continue;
                }
                kept.add(without);
            } else {
                kept.add(line);
            }
        }
        if (text.startsWith("{")) {
            // a JSON member dropped last leaves a comma before the object's closing brace
            for (int i = 1; i < kept.size(); i++) {
                if (kept.get(i).strip().equals("}")) {
                    String prev = kept.get(i - 1).stripTrailing();
                    if (prev.endsWith(",")) {
                        kept.set(i - 1, prev.substring(0, prev.length() - 1));
                    }
                    break;
                }
            }
        }
        return String.join("\n", kept);
    }

    /** Params as Hugo hands them to templates: nested tables as maps whose missing keys read as empty. */
    static Map<String, Object> params(Map<String, Object> raw) {
        GoPipeline.Params p = new GoPipeline.Params();
        raw.forEach((k, v) -> p.put(k, v instanceof Map<?, ?> m ? params(stringKeys(m)) : v));
        return p;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
