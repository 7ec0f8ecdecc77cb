package dev.postwright.validation.body;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small URL helpers for the body rules: scheme tests, splitting off query and fragment, decoding. */
final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:(?://)?(?:[^@/?#]*@)?([^/?#:]+)");

    private Urls() {}

    /** http(s) or protocol-relative: something on another host. */
    static boolean isRemote(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//");
    }

    /** Has a scheme such as {@code mailto:}, {@code tel:} or {@code data:}. */
    static boolean hasScheme(String url) {
        return SCHEME.matcher(url.strip()).find();
    }

    /** Host of an absolute URL, lower-cased, or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        Matcher m = HOST.matcher(u);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The path part: everything before the first {@code ?} or {@code #}. */
    static String path(String url) {
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return url.substring(0, cut);
    }

    /** The fragment after the first {@code #}, or null when there is none. */
    static String fragment(String url) {
        int h = url.indexOf('#');
        return h < 0 ? null : url.substring(h + 1);
    }

    /** Percent-decodes as UTF-8; keeps '+' and stray '%' (unlike URLDecoder). */
    static String decode(String s) {
        return dev.postwright.render.UrlText.percentDecode(s);
    }
}
