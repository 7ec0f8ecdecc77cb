/**
 * One {@link dev.postwright.site.generator.Generator} per kind of site (AstroPaper in its v5 and v2–v4 layouts,
 * Hugo, Jekyll): the only place that knows content folders, which files are posts, URLs and other routes, slug and
 * date fields, tag URLs, resource paths and how front matter is read. Adding a generator is one class implementing
 * {@code Generator}, its tests, and one constant in {@link dev.postwright.site.Preset} naming it for
 * {@code .postwright.yml} and {@code --preset}.
 *
 * <p>Choices that follow the generators rather than the simplest reading of the spec:
 * <ul>
 *   <li>AstroPaper v5 ({@code src/data/blog}) URLs keep the sub-folders even when a {@code slug}
 *       field is set, leave out {@code _}-prefixed folders and slugify every segment, as its
 *       {@code getPath()} does; v2–v4 ({@code src/content/blog}) URLs are flat.</li>
 *   <li>Slugs taken from file names are lower-cased with spaces turned into {@code -} and
 *       punctuation dropped (github-slugger, as Astro and Hugo do); {@code slug} fields are used
 *       as written so {@code slug.format} can report them.</li>
 *   <li>Hugo's default URL is the folder path under {@code content/} plus the slug (Hugo's own
 *       default), which is {@code /<section>/<slug>/} for the usual one-level layout;
 *       {@code {section}} is available for {@code .postwright.yml} patterns.</li>
 * </ul>
 */
package dev.postwright.site.generator;
