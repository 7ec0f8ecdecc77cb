package dev.postwright.ui.post;

import dev.postwright.site.Site;
import dev.postwright.validation.Fix;

/** Applies a quick fix to a post's text. */
final class Fixes {
    private Fixes() {}

    static String apply(String text, Fix fix, Site site) {
        if (fix instanceof Fix.TextEdit t) {
            return text.substring(0, t.start()) + t.replacement() + text.substring(t.end());
        }
        return text;
    }
}
