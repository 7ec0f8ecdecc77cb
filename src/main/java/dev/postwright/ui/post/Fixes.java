package dev.postwright.ui.post;

import dev.postwright.site.Site;
import dev.postwright.validation.Fix;
import dev.postwright.validation.rules.FixApplier;
import java.nio.file.Path;

/** Applies a quick fix to a post's text with the same code the command line and tests use. */
final class Fixes {
    private Fixes() {}

    static String apply(String text, Fix fix, Site site, Path post) {
        return FixApplier.apply(text, fix, site.dialect(), site.schemaFor(post));
    }
}
