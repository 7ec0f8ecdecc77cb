package dev.postwright.site;

import dev.postwright.frontmatter.Schema;
import java.util.Optional;

/**
 * One content folder as the generator publishes it: the collection's name and the URL pattern of its post pages.
 *
 * @param name the collection's name ({@code notes}), shown in the sidebar and by {@code list}
 * @param urlPattern the pattern of its post pages when a route of the site sets one; empty for the site's
 * @param published false when no route of the site builds a page for its entries: they have no URL
 * @param schema the collection's own schema when the site declares one for it; empty: the site's schema
 */
public record SiteCollection(String name, Optional<String> urlPattern, boolean published, Optional<Schema> schema) {

    public SiteCollection(String name, Optional<String> urlPattern, boolean published) {
        this(name, urlPattern, published, Optional.empty());
    }

    /** This collection with its own schema. */
    public SiteCollection withSchema(Schema own) {
        return new SiteCollection(name, urlPattern, published, Optional.of(own));
    }

    /** A collection published under the site's own URL pattern (nothing said otherwise). */
    public static SiteCollection sitePattern(String name) {
        return new SiteCollection(name, Optional.empty(), true);
    }

    /** Why a link to one of its entries leads nowhere, and the fix; for collections without a page route. */
    public String unpublishedReason() {
        return "the collection `" + name + "` has no page route in src/pages, so the site builds no page for its"
                + " entries. Add a route that loads it, such as src/pages/" + name
                + "/[...slug].astro, or link to a published post.";
    }
}
