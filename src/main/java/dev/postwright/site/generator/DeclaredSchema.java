package dev.postwright.site.generator;

import dev.postwright.frontmatter.Schema;

/**
 * The front matter schema a site's own code declares (Astro's zod collection schema).
 *
 * @param schema the fields, or the fallback when the declaration could not be read
 * @param note where the schema came from, or why it fell back
 */
public record DeclaredSchema(Schema schema, String note) {}
