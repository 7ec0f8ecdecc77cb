package dev.postwright.render;

import java.util.Map;

/** An opening raw-HTML tag in the body: lowercased name, decoded attributes (lowercased names). */
public record HtmlTag(String name, Map<String, String> attributes, int line, int column, int offset) {
    public HtmlTag {
        attributes = Map.copyOf(attributes);
    }

    /** Attribute value or null. */
    public String attr(String name) {
        return attributes.get(name);
    }
}
