package dev.postwright.site.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The routes of an Astro site's {@code src/pages}: pages ({@code .astro}, {@code .md}, {@code .mdx},
 * {@code .html}), endpoints ({@code rss.xml.ts} is {@code /rss.xml}) and dynamic routes ({@code [slug]},
 * {@code [...rest]}) as patterns. Files and folders starting with {@code _} make no route.
 */
final class AstroPages {

    private static final String PAGES = "src/pages";
    private static final int MAX_DEPTH = 12;
    private static final Pattern PAGE = Pattern.compile("(?i).+\\.(astro|md|mdx|markdown|html)$");
    private static final Pattern ENDPOINT = Pattern.compile("(?i)(.+)\\.(ts|js|mjs|mts)$");
    private static final Pattern REST = Pattern.compile("\\[\\.\\.\\.[^\\]/]+]");
    private static final Pattern PARAM = Pattern.compile("\\[[^\\]/]+]");

    /** One route: its pattern over the trimmed path, and whether it has parameters. */
    record Route(Pattern pattern, boolean dynamic, String staticPrefix) {}

    private AstroPages() {}

    /**
     * Whether a page of {@code src/pages} answers {@code path} (a site-root path). Dynamic routes count only
     * outside {@code reserved} (the post and tag URL prefixes): what they build there depends on
     * {@code getStaticPaths}, and a link to a post that is gone must still be reported. A dynamic route at the
     * root ({@code [slug].astro}) is not guessed at either.
     */
    static boolean exists(Path root, String path, List<String> reserved) {
        String wanted = trim(path);
        for (Route r : routes(root)) {
            if (!r.pattern().matcher(wanted).matches()) {
                continue;
            }
            if (!r.dynamic()) {
                return true;
            }
            String prefix = "/" + wanted;
            if (!r.staticPrefix().isEmpty() && reserved.stream().noneMatch(prefix::startsWith)) {
                return true;
            }
        }
        return false;
    }

    static List<Route> routes(Path root) {
        Path pages = root.resolve(PAGES);
        if (!Files.isDirectory(pages)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pages, MAX_DEPTH)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> route(pages.relativize(f)).ifPresent(routes::add));
        } catch (IOException | UncheckedIOException e) {
            return routes; // an unreadable folder: the routes read so far
        }
        return routes;
    }

    private static Optional<Route> route(Path rel) {
        List<String> segments = new ArrayList<>();
        rel.forEach(p -> segments.add(p.toString()));
        if (segments.stream().anyMatch(s -> s.startsWith("_") || s.startsWith("."))) {
            return Optional.empty();
        }
        String name = segments.remove(segments.size() - 1);
        String routeName;
        if (PAGE.matcher(name).matches()) {
            routeName = name.substring(0, name.lastIndexOf('.'));
            if (routeName.equals("index")) {
                routeName = null;
            }
        } else {
            Matcher endpoint = ENDPOINT.matcher(name);
            if (!endpoint.matches()) {
                return Optional.empty(); // not a route file (a component, a stylesheet …)
            }
            routeName = endpoint.group(1);
        }
        if (routeName != null) {
            segments.add(routeName);
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder prefix = new StringBuilder();
        boolean dynamic = false;
        for (String segment : segments) {
            String lower = segment.toLowerCase(Locale.ROOT);
            boolean rest = REST.matcher(lower).matches();
            if (rest) {
                // [...rest] may be empty: "/a/[...rest]" answers "/a" too.
                regex.append("(/.*)?");
            } else {
                regex.append('/').append(segmentRegex(lower));
            }
            dynamic |= lower.contains("[");
            if (!dynamic) {
                prefix.append('/').append(lower);
            }
        }
        String full = regex.length() == 0 ? "" : regex.substring(regex.charAt(0) == '/' ? 1 : 0);
        if (full.startsWith("(/.*)?")) {
            full = "(.*)?" + full.substring("(/.*)?".length());
        }
        return Optional.of(new Route(Pattern.compile(full), dynamic, prefix.toString()));
    }

    private static String segmentRegex(String segment) {
        StringBuilder out = new StringBuilder();
        Matcher m = PARAM.matcher(segment);
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(segment.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        if (last < segment.length()) {
            out.append(Pattern.quote(segment.substring(last)));
        }
        return out.toString();
    }

    /** The path lower-cased without leading/trailing slashes, {@code index.html} or a {@code .html} page suffix. */
    private static String trim(String p) {
        String s = p.toLowerCase(Locale.ROOT);
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.equals("index.html") || s.endsWith("/index.html")) {
            s = s.substring(0, Math.max(0, s.length() - "/index.html".length()));
        }
        return s;
    }
}
