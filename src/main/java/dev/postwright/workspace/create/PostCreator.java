package dev.postwright.workspace.create;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarStyle;
import dev.postwright.frontmatter.ScalarWriter;
import dev.postwright.frontmatter.Schema;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.PostSummary;
import dev.postwright.site.Site;
import dev.postwright.site.SiteIndex;
import dev.postwright.site.SlugGenerator;
import dev.postwright.site.generator.NewPostFields;
import dev.postwright.site.generator.NewPostText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans and creates new posts the way each preset expects them, for {@code postwright new} and the window's
 * New post wizard.
 *
 * <p>The body is left empty (one blank line): AstroPaper, Hugo and Jekyll themes render the title as the page
 * heading themselves, and a heading with nothing under it would trip {@code heading.empty-section}.
 */
public final class PostCreator {

    /** Works out the new post's file, URL and text; refusals say why it must not be created. */
    public PostPlan plan(Site site, NewPostRequest req, Clock clock) {
        List<String> refusals = new ArrayList<>();
        String title = req.title().strip();
        if (title.isEmpty()) {
            refusals.add("A title is required.");
        }
        String slug = req.slug().orElseGet(() -> SlugGenerator.fromTitle(title));
        if (req.slug().isPresent() && !SlugGenerator.isValid(slug)) {
            refusals.add("The slug '" + slug + "' is not valid: use lower-case letters, digits and single dashes, "
                    + "e.g. " + SlugGenerator.fromTitle(slug) + ".");
        } else if (req.slug().isPresent() && SlugGenerator.isWindowsReserved(slug)) {
            refusals.add("The slug '" + slug + "' would make the file " + slug + ".md, a name Windows reserves "
                    + "for a device (it cannot open it). Use e.g. " + slug + "-post.");
        } else if (req.slug().isPresent() && slug.length() > SlugGenerator.MAX_LENGTH) {
            refusals.add("The slug is " + slug.length() + " characters long; file names that long fail on many "
                    + "systems. Use at most " + SlugGenerator.MAX_LENGTH + ", e.g. "
                    + SlugGenerator.fromTitle(slug) + ".");
        }
        ZonedDateTime now =
                ZonedDateTime.now(clock).withZoneSameInstant(zone(site, clock)).truncatedTo(ChronoUnit.SECONDS);
        Path dir = contentDir(site);
        Path file = site.generator().newPostFile(dir, slug, now);
        NewPostFields fields =
                new NewPostFields(title, req.draft(), req.tags(), now, req.draftGiven(), req.description());
        Optional<NewPostText> own =
                title.isEmpty() ? Optional.empty() : site.generator().newPostText(site, file, fields);
        String text;
        List<String> warnings = new ArrayList<>();
        Map<Path, Path> copies = Map.of();
        if (own.isPresent()) {
            // the site's own template (Hugo's archetype) decides the fields: a missing one is worth saying, no more
            file = own.get().file();
            text = own.get().text();
            warnings.addAll(own.get().warnings());
            copies = own.get().copies();
            missingFields(site.schema(), FrontmatterDocument.parse(text, site.dialect()), warnings);
        } else {
            Map<String, String> values = values(site, req, title, now);
            requireFields(site.schema(), values, refusals);
            text = text(site.schema(), values);
        }
        PostSummary planned = PostSummaries.of(site, file, FrontmatterDocument.parse(text, site.dialect()), List.of());
        checkTaken(site, file, planned.url(), refusals);
        for (Path target : copies.keySet()) {
            if (Files.exists(target) && !Files.exists(file)) {
                refusals.add(site.relativize(target) + " already exists. Pick another title or pass --slug.");
            }
        }
        return new PostPlan(file, planned.url(), slug, text, refusals, warnings, copies);
    }

    /**
     * Writes the planned post, creating folders as needed; never overwrites a file that appeared since planning.
     *
     * @throws IllegalStateException when the plan has refusals
     */
    public Path create(PostPlan plan) throws PostWriteException {
        if (!plan.creatable()) {
            throw new IllegalStateException("The post cannot be created: " + String.join(" ", plan.refusals()));
        }
        Path file = plan.file();
        byte[] bytes = plan.text().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new PostWriteException(
                    file, "Cannot create the folder " + file.getParent() + ": " + whyNotWritten(e), e);
        }
        boolean created = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            created = true;
            out.write(bytes);
        } catch (FileAlreadyExistsException e) {
            throw new PostWriteException(
                    file,
                    file + " appeared while the post was being planned; nothing was "
                            + "written. Pick another title or slug.",
                    e);
        } catch (IOException e) {
            if (created) {
                try {
                    Files.deleteIfExists(file); // a half-written new post is worse than none
                } catch (IOException ignored) {
                    // the write already failed; report that
                }
            }
            throw new PostWriteException(file, "Cannot create " + file + ": " + whyNotWritten(e), e);
        }
        copyAlongside(plan);
        return file;
    }

    /** Copies a bundle archetype's other files; on failure removes what this post added, the post included. */
    private static void copyAlongside(PostPlan plan) throws PostWriteException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> c : plan.copies().entrySet()) {
            try {
                Files.createDirectories(c.getKey().getParent());
                Files.copy(c.getValue(), c.getKey());
                done.add(c.getKey());
            } catch (IOException e) {
                done.add(plan.file());
                for (Path p : done) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the copy already failed; report that
                    }
                }
                throw new PostWriteException(
                        c.getKey(), "Cannot copy " + c.getValue() + " to " + c.getKey() + ": " + whyNotWritten(e), e);
            }
        }
    }

    /** The failure in words, with what to do; never the raw "No space left on device" alone. */
    static String whyNotWritten(IOException e) {
        String reason = String.valueOf(
                e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage());
        if (reason.contains("No space left") || reason.contains("not enough space") || reason.contains("Disk quota")) {
            return "the disk is full, so no post was created (nothing was left behind). Free some space on that "
                    + "disk, then create the post again.";
        }
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return "no permission to write in that folder, so no post was created. Make the folder writable, "
                    + "then create the post again.";
        }
        if (reason.contains("Read-only file system")) {
            return "the disk is read-only, so no post was created. Create the post on a writable disk.";
        }
        if (reason.contains("File name too long")) {
            return "the file name is too long for this file system, so no post was created. Pass a shorter "
                    + "--slug.";
        }
        return reason + ". No post was created.";
    }

    private static ZoneId zone(Site site, Clock clock) {
        Optional<String> id = site.config().timezone();
        try {
            return id.map(ZoneId::of)
                    .or(() -> site.generator().siteTimezone(site.root()))
                    .orElse(clock.getZone());
        } catch (DateTimeException e) {
            return clock.getZone(); // an unknown zone name in the config; the site's build would complain
        }
    }

    private static Path contentDir(Site site) {
        return site.contentDirs().stream()
                .filter(Files::isDirectory)
                .findFirst()
                .or(() -> site.contentDirs().stream().findFirst())
                .orElse(site.root().resolve(site.generator().contentCandidates().get(0)));
    }

    /** The fields to write as YAML source text, before they are put in schema order. */
    private static Map<String, String> values(Site site, NewPostRequest req, String title, ZonedDateTime now) {
        Map<String, String> v = new LinkedHashMap<>(site.generator()
                .newPostFields(site, new NewPostFields(title, req.draft(), req.tags(), now, req.draftGiven(), null)));
        req.description().ifPresent(d -> v.put("description", scalar(d)));
        return v;
    }

    /** Required fields a site's own template (archetype) leaves out: the post is still made, as hugo new would. */
    private static void missingFields(Schema schema, FrontmatterDocument doc, List<String> warnings) {
        for (Field f : schema.fields()) {
            if (f.required()
                    && f.defaultValue().isEmpty()
                    && doc.entry(f.name()).isEmpty()) {
                warnings.add(f.name() + " is required by " + schema.source() + " but the archetype does not set it;"
                        + " add it to the new post before publishing.");
            }
        }
    }

    private static void requireFields(Schema schema, Map<String, String> values, List<String> refusals) {
        for (Field f : schema.fields()) {
            if (!f.required() || f.defaultValue().isPresent() || values.containsKey(f.name())) {
                continue;
            }
            if (f.name().equals("description")) {
                refusals.add("description is required by " + schema.source() + " and has no default: pass "
                        + "--description.");
            } else {
                refusals.add(f.name() + " is required by " + schema.source() + " and has no default, and "
                        + "Postwright cannot fill it in; create the post by hand.");
            }
        }
    }

    /** Fields in schema order, then any the schema does not list, in the order they were added. */
    private static String text(Schema schema, Map<String, String> values) {
        StringBuilder b = new StringBuilder("---\n");
        List<String> keys = new ArrayList<>(values.keySet());
        List<String> ordered = new ArrayList<>();
        for (Field f : schema.fields()) {
            if (keys.remove(f.name())) {
                ordered.add(f.name());
            }
        }
        ordered.addAll(keys);
        for (String key : ordered) {
            b.append(key).append(": ").append(values.get(key)).append('\n');
        }
        return b.append("---\n\n").toString();
    }

    private static void checkTaken(Site site, Path file, String url, List<String> refusals) {
        Path target = file.toAbsolutePath().normalize();
        String wanted = SiteIndex.normalizeUrl(url);
        if (Files.exists(target)) {
            refusals.add(site.relativize(target) + " already exists" + describe(site, target)
                    + ". Pick another title or pass --slug.");
        }
        // A post of a collection no route publishes has no URL to share.
        for (Path other : wanted.isEmpty() ? List.<Path>of() : site.listPosts()) {
            if (other.equals(target)) {
                continue;
            }
            Optional<PostSummary> summary = summary(site, other);
            if (summary.isPresent()
                    && SiteIndex.normalizeUrl(summary.get().url()).equals(wanted)) {
                refusals.add("The URL " + url + " (slug '" + summary.get().slug() + "') is already used by "
                        + summary.get().relPath() + titleOf(summary.get()) + ". Pick another title or pass --slug.");
            }
        }
    }

    private static String describe(Site site, Path existing) {
        return summary(site, existing)
                .filter(s -> site.isPost(existing))
                .map(s -> " (the post" + titleOf(s) + " at " + s.url() + ")")
                .orElse("");
    }

    private static String titleOf(PostSummary s) {
        return s.title().isBlank() ? "" : " \"" + s.title() + "\"";
    }

    private static Optional<PostSummary> summary(Site site, Path post) {
        try {
            String text = PostFile.read(post).text();
            return Optional.of(
                    PostSummaries.of(site, post, FrontmatterDocument.parse(text, site.dialect()), List.of()));
        } catch (PostReadException | RuntimeException e) {
            return Optional.empty(); // an unreadable post cannot be compared; `check` reports it
        }
    }

    private static String scalar(String s) {
        return ScalarWriter.write(s, ScalarStyle.PLAIN, false);
    }
}
