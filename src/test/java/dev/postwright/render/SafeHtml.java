package dev.postwright.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Test oracle: parses HTML as a browser would and lists everything in it that could run or fetch. */
public final class SafeHtml {
    private static final Set<String> EXECUTABLE_TAGS = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "base",
            "meta",
            "link",
            "style",
            "form",
            "svg",
            "math",
            "template",
            "noscript");
    /** Attributes that make a browser fetch their URL as soon as the element exists. */
    private static final Set<String> FETCHING = Set.of(
            "src",
            "srcset",
            "poster",
            "background",
            "data",
            "href",
            "xlink:href",
            "action",
            "formaction",
            "lowsrc",
            "dynsrc",
            "longdesc",
            "cite",
            "ping",
            "manifest",
            "codebase",
            "archive",
            "icon",
            "profile",
            "usemap");

    private SafeHtml() {}

    /** What in {@code html} could execute script; empty when nothing. */
    public static List<String> executable(String html) {
        List<String> found = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = el.tagName().toLowerCase(Locale.ROOT);
            if (EXECUTABLE_TAGS.contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = compact(a.getValue()).toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("srcdoc") || key.equals("formaction")) {
                    found.add(tag + " " + key);
                }
                if (value.startsWith("javascript:")
                        || value.startsWith("vbscript:")
                        || value.startsWith("data:text/html")
                        || value.startsWith("data:application")
                        || (value.startsWith("data:") && !value.startsWith("data:image/") && !key.equals("data-src"))) {
                    found.add(tag + " " + key + "=" + a.getValue());
                }
                if (key.equals("style")
                        && (value.contains("url(")
                                || value.contains("expression(")
                                || value.contains("\\")
                                || value.contains("@import"))) {
                    found.add(tag + " style=" + a.getValue());
                }
            }
        }
        return found;
    }

    /** Attributes that would make a browser request an http(s) or protocol-relative URL; empty when none. */
    public static List<String> remoteFetches(String html) {
        List<String> found = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = el.tagName().toLowerCase(Locale.ROOT);
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = compact(a.getValue()).toLowerCase(Locale.ROOT);
                boolean fetches = FETCHING.contains(key) && !(tag.equals("a") && key.equals("href"));
                boolean remote = value.contains("http:")
                        || value.contains("https:")
                        || value.startsWith("//")
                        || value.contains("ftp:");
                if ((fetches && remote)
                        || (key.equals("style") && (value.contains("url(") || value.contains("image-set(")))) {
                    found.add(tag + " " + key + "=" + a.getValue());
                }
            }
            if (tag.equals("style") || tag.equals("link")) {
                found.add("<" + tag + ">");
            }
        }
        return found;
    }

    private static String compact(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c > 0x20) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
