/**
 * Sites: finding the site around an opened path, its preset, content and public folders, schema,
 * {@code .postwright.yml} settings, and the URL each post gets.
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
package dev.postwright.site;
