package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestSites;
import dev.postwright.site.Site;
import dev.postwright.site.SiteDetector;
import dev.postwright.workspace.git.PostDiff.FieldChange;
import dev.postwright.workspace.git.PostDiff.Hunk;
import dev.postwright.workspace.git.PostDiff.LineKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostDiffTest {

    @TempDir
    Path tmp;

    private static String body(int lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            s.append("Line ").append(i).append(" of the post about bread.\n");
        }
        return s.toString();
    }

    private static final String BEFORE = """
            ---
            title: Sourdough starter
            description: How I keep a starter.
            tags: [bread]
            draft: true
            ---

            """ + body(30) + "\n![The jar](./img/jar.png)\n";

    @Test
    void frontMatterFieldByFieldBodyHunksAndNewImages() throws Exception {
        Path root = TestSites.astroPaper(tmp.resolve("site"));
        try (GitFixture f = GitFixture.init(root)) {
            Path post = f.write("src/data/blog/starter.md", BEFORE);
            f.write("src/data/blog/img/jar.png", "committed jar");
            f.commitAll("first");

            String after = BEFORE.replace("title: Sourdough starter", "title: Sourdough starter, fed daily")
                            .replace("tags: [bread]", "tags: [bread, sourdough]")
                            .replace("draft: true\n", "ogImage: /og/starter.png\n")
                            .replace("Line 3 of the post", "Line three of the post")
                            .replace("Line 25 of the post about bread.\n", "")
                    + "\n![The crumb](./img/crumb.png)\n";
            f.write("src/data/blog/starter.md", after);
            f.write("src/data/blog/img/crumb.png", "new crumb");
            f.write("public/og/starter.png", "new social card");

            Site site = SiteDetector.detect(root, Optional.empty());
            PostDiff d = GitRepo.open(root).orElseThrow().diff(site, post);

            assertFalse(d.newFile());
            Map<String, FieldChange> fields = d.fields().stream().collect(Collectors.toMap(FieldChange::key, c -> c));
            assertEquals(4, fields.size(), d.fields().toString());
            assertEquals(FieldChange.Kind.CHANGED, fields.get("title").kind());
            assertEquals(Optional.of("Sourdough starter"), fields.get("title").oldValue());
            assertEquals(
                    Optional.of("Sourdough starter, fed daily"),
                    fields.get("title").newValue());
            assertEquals(Optional.of("[bread, sourdough]"), fields.get("tags").newValue());
            assertEquals(FieldChange.Kind.ADDED, fields.get("ogImage").kind());
            assertEquals(FieldChange.Kind.REMOVED, fields.get("draft").kind());
            assertEquals(Optional.of("true"), fields.get("draft").oldValue());
            assertFalse(fields.containsKey("description"), "an unchanged field is not listed");

            assertEquals(3, d.hunks().size(), d.hunks().toString());
            Hunk first = d.hunks().get(0);
            // the body starts on line 7 of the file (the blank line after the fence): "Line 3" is line 10
            assertTrue(first.lines().stream()
                    .anyMatch(l -> l.kind() == LineKind.REMOVED
                            && l.text().equals("Line 3 of the post about bread.")
                            && l.oldLine() == 10));
            assertTrue(first.lines().stream()
                    .anyMatch(l -> l.kind() == LineKind.ADDED
                            && l.text().equals("Line three of the post about bread.")
                            && l.newLine() == 10));
            assertEquals(7, first.oldStart(), "three lines of context before line 10");
            Hunk second = d.hunks().get(1);
            assertEquals(
                    List.of("Line 25 of the post about bread."),
                    second.lines().stream()
                            .filter(l -> l.kind() == LineKind.REMOVED)
                            .map(PostDiff.Line::text)
                            .toList());
            assertEquals(7, second.lines().size(), "three context lines each side");
            assertTrue(d.hunks().get(2).lines().stream()
                    .anyMatch(l -> l.kind() == LineKind.ADDED && l.text().contains("crumb.png")));

            assertEquals(
                    Map.of(
                            root.resolve("src/data/blog/img/crumb.png").toRealPath(), GitFileState.NEW,
                            root.resolve("public/og/starter.png").toRealPath(), GitFileState.NEW),
                    d.images().stream()
                            .collect(Collectors.toMap(i -> SitePaths.real(i.file()), PostDiff.ImageChange::state)),
                    "the committed, unchanged jar.png is not listed");
        }
    }

    @Test
    void anUnchangedPostHasAnEmptyDiff() throws Exception {
        Path root = TestSites.astroPaper(tmp.resolve("site"));
        try (GitFixture f = GitFixture.init(root)) {
            Path post = f.write("src/data/blog/starter.md", BEFORE);
            f.write("src/data/blog/img/jar.png", "committed jar");
            f.commitAll("first");
            Site site = SiteDetector.detect(root, Optional.empty());
            assertTrue(GitRepo.open(root).orElseThrow().diff(site, post).unchanged());
        }
    }

    @Test
    void aNewPostHasEveryFieldAddedAndTheEditorTextCanBeGiven() throws Exception {
        Path root = TestSites.astroPaper(tmp.resolve("site"));
        try (GitFixture f = GitFixture.init(root)) {
            f.write("README.md", "site");
            f.commitAll("first");
            Path post = f.write("src/data/blog/starter.md", BEFORE);
            Site site = SiteDetector.detect(root, Optional.empty());
            GitRepo repo = GitRepo.open(root).orElseThrow();
            PostDiff d = repo.diff(site, post);
            assertTrue(d.newFile());
            assertEquals(4, d.fields().size());
            assertTrue(d.fields().stream().allMatch(c -> c.kind() == FieldChange.Kind.ADDED));
            assertEquals(1, d.hunks().size());
            assertTrue(d.hunks().get(0).lines().stream().allMatch(l -> l.kind() == LineKind.ADDED));

            PostDiff unsaved = repo.diff(site, post, BEFORE.replace("draft: true", "draft: false"));
            assertEquals(
                    Optional.of("false"),
                    unsaved.fields().stream()
                            .filter(c -> c.key().equals("draft"))
                            .findFirst()
                            .orElseThrow()
                            .newValue());
        }
    }
}
