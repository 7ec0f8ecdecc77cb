package dev.postwright.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for URLs and HTML attribute values. */
public final class UrlText {
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:(?://)?(?:[^@/?#]*@)?([^/?#:]+)");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private UrlText() {}

    /** Percent-decodes as UTF-8; unlike URLDecoder, keeps '+' and tolerates stray '%'. */
    public static String percentDecode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                flush(out, result);
                result.append(c);
            }
        }
        flush(out, result);
        return result.toString();
    }

    private static void flush(ByteArrayOutputStream out, StringBuilder result) {
        if (out.size() > 0) {
            result.append(out.toString(StandardCharsets.UTF_8));
            out.reset();
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Host of an absolute URL ({@code //host} counts), lower-cased, or null. */
    public static String host(String url) {
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

    /** http(s) or protocol-relative: something on another host. */
    public static boolean isRemote(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//");
    }

    /**
     * The lower-cased scheme of a URL as a browser reads it (tabs, newlines and other control characters
     * inside {@code java\tscript:} ignored), or null for a relative URL.
     */
    public static String scheme(String url) {
        if (url == null) {
            return null;
        }
        String u = compact(url);
        int i = 0;
        while (i < u.length()) {
            char c = u.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (c == ':') {
                return i == 0 ? null : u.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
                return null;
            }
            i++;
        }
        return null;
    }

    /**
     * {@code url} as the WHATWG URL parser sees it: leading and trailing C0 controls and spaces trimmed, tabs and
     * newlines removed anywhere ({@code "java\tscript:"} is {@code javascript:}).
     */
    static String compact(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= 0x20) {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The path part of a URL: everything before the first {@code ?} or {@code #}. */
    public static String path(String url) {
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

    /** Decodes the few entities that appear in attribute values flexmark and writers produce. */
    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Escapes text for HTML content and double-quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
