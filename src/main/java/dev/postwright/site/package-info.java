/**
 * Sites: finding the site around an opened path, its preset, content and public folders, schema,
 * {@code .postwright.yml} settings, the index of its posts, and the URL each post gets. What differs between
 * kinds of site is asked of the site's {@link dev.postwright.site.generator.Generator} ({@code site/generator/}).
 */
package dev.postwright.site;
