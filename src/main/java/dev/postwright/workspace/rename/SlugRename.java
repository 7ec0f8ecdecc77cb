package dev.postwright.workspace.rename;

import dev.postwright.post.LoadedText;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import dev.postwright.render.UrlText;
import dev.postwright.site.PostSummary;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plans and applies the link updates a post's URL change calls for: every site-root link in the other posts
 * that leads to the old URL ({@code /posts/old/}, {@code /posts/old}, {@code /posts/old/index.html}, with any
 * {@code ?query} or {@code #fragment}) gets the new URL, and only the URL's path part changes. Relative
 * {@code .md} links name the file, which a URL change leaves alone, so they are not touched. No JavaFX; run it
 * off the UI thread.
 */
public final class SlugRename {

    private SlugRename() {}

    /** Plans against the session's analysed texts (what is on disk as last read). */
    public static RenamePlan plan(SiteSession session, Path post, String oldUrl, String newUrl) {
        return plan(session, post, oldUrl, newUrl, p -> Optional.empty());
    }

    /**
     * Plans the edits. {@code unsavedText} gives the buffer of a post open with unsaved edits (empty for the
     * others); those posts are planned against the buffer and their changes are marked for the editor.
     */
    public static RenamePlan plan(
            SiteSession session,
            Path post,
            String oldUrl,
            String newUrl,
            Function<Path, Optional<String>> unsavedText) {
        Path renamed = post.toAbsolutePath().normalize();
        String oldKey = SiteIndex.normalizeUrl(oldUrl);
        String newBase = SiteIndex.normalizeUrl(newUrl);
        List<FileChange> changes = new ArrayList<>();
        if (oldKey.equals(newBase)) {
            return new RenamePlan(renamed, oldUrl, newUrl, changes);
        }
        for (PostSummary summary : session.index().all()) {
            if (summary.path().equals(renamed)) {
                continue;
            }
            Optional<String> buffer = unsavedText.apply(summary.path());
            Optional<PostAnalysis> analysis = buffer.isPresent()
                    ? Optional.of(session.analyzer().analyze(summary.path(), buffer.get()))
                    : session.analysis(summary.path())
                            .map(a -> a.markdown().document() != null
                                    ? a
                                    // the session keeps posts without their syntax tree; the link spans need it
                                    : session.analyzer().analyze(a.path(), a.text()));
            analysis.flatMap(a -> change(a, summary.relPath(), oldKey, newBase, buffer.isPresent()))
                    .ifPresent(changes::add);
        }
        return new RenamePlan(renamed, oldUrl, newUrl, changes);
    }

    private static Optional<FileChange> change(
            PostAnalysis a, String relPath, String oldKey, String newBase, boolean unsaved) {
        List<Edit> edits = new ArrayList<>();
        for (LinkSpans.Span span : LinkSpans.of(a)) {
            edit(a, span, oldKey, newBase).ifPresent(edits::add);
        }
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FileChange(a.path(), relPath, a.text(), unsaved, edits, previews(a.text(), edits)));
    }

    /** The edit of one link's path part, when the link leads to the old URL. */
    static Optional<Edit> edit(PostAnalysis a, LinkSpans.Span span, String oldKey, String newBase) {
        String url = span.url();
        if (!url.startsWith("/") || url.startsWith("//")) {
            return Optional.empty(); // relative paths name files; remote and scheme URLs are other sites
        }
        String path = UrlText.path(url);
        if (!SiteIndex.normalizeUrl(UrlText.percentDecode(path)).equals(oldKey)) {
            return Optional.empty();
        }
        String tail = path.endsWith("/index.html") ? "/index.html" : path.endsWith("/") ? "/" : "";
        String replacement = (newBase.equals("/") && !tail.isEmpty() ? "" : newBase) + tail;
        int[] lc = a.lines().lineColumn(span.start());
        return Optional.of(
                new Edit(a.path(), lc[0], lc[1], span.start(), span.start() + path.length(), path, replacement));
    }

    /** The changed lines, whole, before and after. */
    private static List<PreviewLine> previews(String text, List<Edit> edits) {
        Map<Integer, List<Edit>> byLine = new LinkedHashMap<>();
        for (Edit e : edits) {
            byLine.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e);
        }
        List<PreviewLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, List<Edit>> entry : byLine.entrySet()) {
            int start = text.lastIndexOf('\n', entry.getValue().get(0).start() - 1) + 1;
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            StringBuilder after = new StringBuilder(text.substring(start, end));
            List<Edit> onLine = entry.getValue();
            for (int i = onLine.size() - 1; i >= 0; i--) {
                Edit e = onLine.get(i);
                after.replace(e.start() - start, e.end() - start, e.newText());
            }
            lines.add(new PreviewLine(entry.getKey(), text.substring(start, end), after.toString()));
        }
        return lines;
    }

    /**
     * Writes the planned changes. A file whose text on disk is no longer the text planned against is skipped as
     * a conflict, never overwritten; changes planned against unsaved buffers are handed back for the editor.
     * BOM and charset of each file are kept.
     */
    public static ApplyResult apply(RenamePlan plan) {
        List<ApplyResult.Written> written = new ArrayList<>();
        List<FileChange> forEditor = new ArrayList<>();
        List<ApplyResult.Skipped> skipped = new ArrayList<>();
        for (FileChange change : plan.changes()) {
            if (change.unsaved()) {
                forEditor.add(change);
                continue;
            }
            LoadedText loaded;
            try {
                loaded = PostFile.read(change.file());
            } catch (PostReadException e) {
                skipped.add(new ApplyResult.Skipped(change.file(), change.relPath(), false, e.getMessage()));
                continue;
            }
            if (!loaded.text().equals(change.baseText())) {
                skipped.add(new ApplyResult.Skipped(
                        change.file(),
                        change.relPath(),
                        true,
                        change.relPath()
                                + " changed on disk after the links were listed; it was left as it is. Check its links"
                                + " to " + plan.oldUrl() + " by hand."));
                continue;
            }
            if (loaded.readOnly()) {
                skipped.add(new ApplyResult.Skipped(
                        change.file(),
                        change.relPath(),
                        false,
                        loaded.readOnlyReason().get()));
                continue;
            }
            String text = change.applyTo(loaded.text());
            try {
                PostFile.writeAtomic(
                        change.file(), text, loaded.bom(), loaded.charset(), null, null, loaded.fingerprint());
                written.add(new ApplyResult.Written(
                        change.file(), change.relPath(), text, change.edits().size()));
            } catch (PostWriteException e) {
                skipped.add(new ApplyResult.Skipped(change.file(), change.relPath(), false, e.getMessage()));
            }
        }
        return new ApplyResult(written, forEditor, skipped);
    }
}
