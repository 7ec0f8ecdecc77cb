package dev.postwright.site.generator;

import dev.postwright.site.TsSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The post pages of an Astro site: the dynamic {@code .astro} routes of {@code src/pages} that build one page per
 * entry of a collection they load with {@code getCollection("<name>")}. A route's file path gives the URL prefix
 * and whether entry ids keep their folders: {@code [...slug]} (a rest parameter) does, {@code [slug]} does not.
 * Listing pages are left out: they {@code paginate()} or take a tag, category or page number.
 *
 * <p>Read from the source text, not run: a route that names its collection through a helper or a constant is
 * not seen (the site then falls back to its default URLs when no route names a collection at all).
 */
final class AstroRoutes {

    /**
     * One post route: the collection it publishes, its page file (relative to {@code src/pages}) and the URL
     * pattern it gives entries, in {@code .postwright.yml}'s {@code url:} syntax; empty when its shape (two
     * parameters, a parameter inside a segment) is more than the file name says.
     */
    record PostRoute(String collection, String file, Optional<String> urlPattern) {}

    private static final String PAGES = "src/pages";
    private static final int MAX_DEPTH = 12;
    private static final long MAX_PAGE_BYTES = 1 << 20;
    private static final Pattern GET_COLLECTION =
            Pattern.compile("\\bgetCollection\\s*\\(\\s*(?:\"([^\"]+)\"|'([^']+)'|`([^`$]+)`)");
    private static final Pattern PAGINATE = Pattern.compile("\\bpaginate\\s*\\(");
    private static final Pattern WHOLE_PARAM = Pattern.compile("\\[(\\.\\.\\.)?([A-Za-z_$][\\w$]*)]");
    /** Parameters of listing pages, which load a collection without publishing its entries. */
    private static final Set<String> LISTING_PARAMS = Set.of("page", "tag", "tags", "category", "categories");

    private AstroRoutes() {}

    /** The post routes of the site, in path order; empty when {@code src/pages} is missing or cannot be read. */
    static Optional<List<PostRoute>> read(Path root) {
        Path pages = root.resolve(PAGES);
        if (!Files.isDirectory(pages)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pages, MAX_DEPTH)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".astro"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // unreadable: the generator's default URLs apply
        }
        List<PostRoute> routes = new ArrayList<>();
        for (Path file : files) {
            String rel = pages.relativize(file).toString().replace('\\', '/');
            try {
                if (Files.size(file) <= MAX_PAGE_BYTES) {
                    routes.addAll(parse(rel, Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException | UncheckedIOException e) {
                // one unreadable page publishes nothing we can see; the others still count
            }
        }
        return Optional.of(routes);
    }

    /** The post routes one page file ({@code rel}, relative to {@code src/pages}) makes. */
    static List<PostRoute> parse(String rel, String source) {
        List<String> segments = new ArrayList<>(List.of(rel.split("/")));
        if (segments.stream().anyMatch(s -> s.startsWith("_") || s.startsWith("."))) {
            return List.of(); // Astro makes no route of these
        }
        String last = segments.remove(segments.size() - 1);
        String name = last.substring(0, last.length() - ".astro".length());
        if (!name.equals("index")) {
            segments.add(name);
        }
        int dynamic = (int) segments.stream().filter(s -> s.contains("[")).count();
        if (dynamic == 0) {
            return List.of(); // one page, whatever it loads
        }
        String code = TsSource.stripComments(source);
        if (PAGINATE.matcher(code).find()) {
            return List.of();
        }
        Matcher param = WHOLE_PARAM.matcher(segments.get(segments.size() - 1));
        boolean lastIsParam = param.matches();
        if (lastIsParam && LISTING_PARAMS.contains(param.group(2).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Optional<String> pattern = Optional.empty();
        if (dynamic == 1 && lastIsParam) {
            String prefix = segments.subList(0, segments.size() - 1).stream()
                    .map(s -> "/" + s)
                    .reduce("", String::concat);
            // A rest parameter takes the entry id with its folders; a plain one takes one segment.
            pattern = Optional.of(prefix + (param.group(1) != null ? "/{subdir}/{slug}/" : "/{slug}/"));
        }
        Set<String> collections = new LinkedHashSet<>();
        Matcher m = GET_COLLECTION.matcher(code);
        while (m.find()) {
            collections.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        List<PostRoute> routes = new ArrayList<>();
        for (String collection : collections) {
            routes.add(new PostRoute(collection, rel, pattern));
        }
        return routes;
    }
}
