package dev.postwright.workspace.git;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.workspace.git.PostDiff.FieldChange;
import dev.postwright.workspace.git.PostDiff.Hunk;
import dev.postwright.workspace.git.PostDiff.Line;
import dev.postwright.workspace.git.PostDiff.LineKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Compares a post on disk with its version in the last commit: the front matter field by field (both versions
 * parsed with {@link FrontmatterDocument}; a field's value is shown as written in the file), the body as line
 * hunks (JGit's histogram diff, three lines of context).
 */
final class PostDiffer {

    static final int CONTEXT = 3;

    private final Repository repo;
    private final SitePaths paths;

    PostDiffer(Repository repo, SitePaths paths) {
        this.repo = repo;
        this.paths = paths;
    }

    /** The committed text of a repository path, empty when HEAD has no such file (or there is no HEAD). */
    Optional<String> committedText(String repoPath) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tw = TreeWalk.forPath(repo, repoPath, commit.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                byte[] bytes = repo.open(tw.getObjectId(0)).getBytes();
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    /** Fields and hunks of {@code post} ({@code images} are filled in by the caller). */
    PostDiff diff(Path post, String now, FrontmatterParser parser) throws IOException {
        String repoPath = paths.toRepoPath(post);
        Optional<String> old = committedText(repoPath);
        FrontmatterDocument before = parser.parse(old.orElse(""));
        FrontmatterDocument after = parser.parse(now);
        return new PostDiff(
                post.toAbsolutePath().normalize(),
                old.isEmpty(),
                fields(before, after),
                hunks(bodyOf(before), firstBodyLine(before), bodyOf(after), firstBodyLine(after)),
                List.of());
    }

    /** Reads a file's text as the site's dialect does. */
    @FunctionalInterface
    interface FrontmatterParser {
        FrontmatterDocument parse(String text);
    }

    static List<FieldChange> fields(FrontmatterDocument before, FrontmatterDocument after) {
        Map<String, String> old = values(before);
        Map<String, String> now = values(after);
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((key, value) -> {
            String was = old.get(key);
            if (was == null) {
                changes.add(new FieldChange(key, FieldChange.Kind.ADDED, Optional.empty(), Optional.of(value)));
            } else if (!was.equals(value)) {
                changes.add(new FieldChange(key, FieldChange.Kind.CHANGED, Optional.of(was), Optional.of(value)));
            }
        });
        old.forEach((key, value) -> {
            if (!now.containsKey(key)) {
                changes.add(new FieldChange(key, FieldChange.Kind.REMOVED, Optional.of(value), Optional.empty()));
            }
        });
        return changes;
    }

    /** Each top-level key's value as written: the entry's source without the key, trimmed. */
    private static Map<String, String> values(FrontmatterDocument doc) {
        Map<String, String> values = new LinkedHashMap<>();
        String text = doc.text();
        for (FrontmatterDocument.Entry e : doc.entries()) {
            String source = text.substring(e.startOffset(), Math.min(e.endOffset(), text.length()));
            int keyAt = source.indexOf(e.key());
            String rest = keyAt < 0 ? source : source.substring(keyAt + e.key().length());
            rest = rest.stripLeading();
            if (rest.startsWith(":") || rest.startsWith("=")) {
                rest = rest.substring(1);
            }
            rest = rest.strip();
            if (doc.format() == FrontmatterDocument.Format.JSON && rest.endsWith(",")) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            values.put(e.key(), rest);
        }
        return values;
    }

    private static String bodyOf(FrontmatterDocument doc) {
        return doc.text().substring(Math.min(doc.bodyOffset(), doc.text().length()));
    }

    private static int firstBodyLine(FrontmatterDocument doc) {
        return doc.text().isEmpty() ? 1 : Math.max(1, doc.bodyStartLine());
    }

    /** Line hunks between two bodies; line numbers are whole-file lines, counted from each body's first line. */
    static List<Hunk> hunks(String oldBody, int oldFirst, String newBody, int newFirst) {
        RawText a = new RawText(oldBody.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(newBody.getBytes(StandardCharsets.UTF_8));
        EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            int j = i;
            // edits whose contexts touch or overlap belong to one hunk
            while (j + 1 < edits.size()
                    && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
                j++;
            }
            hunks.add(hunk(a, oldFirst, b, newFirst, edits.subList(i, j + 1)));
            i = j + 1;
        }
        return hunks;
    }

    private static Hunk hunk(RawText a, int oldFirst, RawText b, int newFirst, List<Edit> group) {
        Edit first = group.get(0);
        Edit last = group.get(group.size() - 1);
        int startA = Math.max(0, first.getBeginA() - CONTEXT);
        int startB = Math.max(0, first.getBeginB() - CONTEXT);
        int endA = Math.min(a.size(), last.getEndA() + CONTEXT);
        int endB = Math.min(b.size(), last.getEndB() + CONTEXT);
        List<Line> lines = new ArrayList<>();
        int ia = startA;
        int ib = startB;
        for (Edit e : group) {
            while (ia < e.getBeginA()) {
                lines.add(new Line(LineKind.CONTEXT, a.getString(ia), oldFirst + ia, newFirst + ib));
                ia++;
                ib++;
            }
            for (int k = e.getBeginA(); k < e.getEndA(); k++) {
                lines.add(new Line(LineKind.REMOVED, a.getString(k), oldFirst + k, 0));
            }
            for (int k = e.getBeginB(); k < e.getEndB(); k++) {
                lines.add(new Line(LineKind.ADDED, b.getString(k), 0, newFirst + k));
            }
            ia = e.getEndA();
            ib = e.getEndB();
        }
        while (ia < endA && ib < endB) {
            lines.add(new Line(LineKind.CONTEXT, a.getString(ia), oldFirst + ia, newFirst + ib));
            ia++;
            ib++;
        }
        return new Hunk(oldFirst + startA, endA - startA, newFirst + startB, endB - startB, lines);
    }
}
