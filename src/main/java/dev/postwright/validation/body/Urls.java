package dev.postwright.validation.body;

import java.util.regex.Pattern;

/** URL helpers only the body rules need; the shared ones (host, path, decoding) are in {@code render.UrlText}. */
final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Urls() {}

    /** Has a scheme such as {@code mailto:}, {@code tel:} or {@code data:}. */
    static boolean hasScheme(String url) {
        return SCHEME.matcher(url.strip()).find();
    }

    /** The fragment after the first {@code #}, or null when there is none. */
    static String fragment(String url) {
        int h = url.indexOf('#');
        return h < 0 ? null : url.substring(h + 1);
    }
}
