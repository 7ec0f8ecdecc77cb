package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.post.Backups;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReplaceTest {

    @TempDir
    Path dir;

    @TempDir
    Path data;

    private static SearchQuery body(String text) {
        return new SearchQuery(text, false, true, true, SearchQuery.Scope.BODY, "");
    }

    @Test
    void replaceChangesOnlyTheMatchingLinesOfEachPostAndKeepsCrlfAndBom() throws Exception {
        TinySite site = new TinySite(dir);
        String aText = "---\r\ntitle: Gradle notes\r\npubDatetime: 2024-01-02T10:00:00Z\r\n"
                + "description: Notes on builds with Gradle, written for the replace tests here.\r\n---\r\n"
                + "# Builds\r\n\r\nGradle is fast.\r\nMaven too.\r\n\r\nGradle and Gradle again.\r\n";
        Path a = site.blog.resolve("a.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] aBytes = concat(bom, aText.getBytes(StandardCharsets.UTF_8));
        Files.write(a, aBytes);
        Path b = site.simple("b.md", "Beta", "No build tool here.\n");
        byte[] bBefore = Files.readAllBytes(b);
        SiteSession s = site.open();

        ChangePlan plan = SiteReplace.plan(s, body("Gradle"), "Bazel", Map.of(), () -> false);

        assertEquals(1, plan.changes().size());
        PostChange change = plan.changes().get(0);
        assertEquals(3, change.count());
        assertTrue(change.diff().contains("-Gradle is fast.\n+Bazel is fast.\n"), change.diff());
        AppliedChanges applied = new ChangeWriter(Optional.of(new Backups(data)), site.root).apply(plan, false);
        assertEquals(1, applied.written().size());
        byte[] after = Files.readAllBytes(a);
        assertArrayEquals(bom, Arrays.copyOf(after, 3));
        String afterText = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
        // the title and description (front matter) keep their Gradle: the scope was the body
        assertEquals(List.of(8, 11), FileDiffs.changedLines(aText, afterText));
        assertEquals(aText.replace("Gradle is", "Bazel is").replace("Gradle and Gradle", "Bazel and Bazel"), afterText);
        assertArrayEquals(bBefore, Files.readAllBytes(b));
        assertTrue(new Backups(data).backupOf(site.root, a).isPresent());
    }

    @Test
    void undoRestoresTheExactBytesAndRefusesAFileChangedSince() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.simple("a.md", "Alpha", "old word\n");
        Path b = site.simple("b.md", "Beta", "old word too\n");
        byte[] aBefore = Files.readAllBytes(a);
        byte[] bBefore = Files.readAllBytes(b);
        ChangeWriter writer = new ChangeWriter(Optional.empty(), site.root);
        AppliedChanges applied =
                writer.apply(SiteReplace.plan(site.open(), body("old"), "new", Map.of(), () -> false), false);
        assertEquals(2, applied.written().size());
        Files.writeString(b, Files.readString(b) + "Edited after the replace.\n");
        byte[] bEdited = Files.readAllBytes(b);

        ChangeWriter.UndoResult undo = writer.undo(applied);

        assertEquals(List.of(a.toAbsolutePath().normalize()), undo.restored());
        assertArrayEquals(aBefore, Files.readAllBytes(a));
        assertEquals(1, undo.refused().size());
        assertTrue(undo.refused().get(0).reason().startsWith("src/data/blog/b.md changed after"));
        assertArrayEquals(bEdited, Files.readAllBytes(b));
        assertFalse(Arrays.equals(bBefore, bEdited));
    }

    @Test
    void postsWithUnsavedTabsAreSkippedUnlessIncludedAndThenGoToTheEditor() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.simple("a.md", "Alpha", "old on disk\n");
        byte[] aBefore = Files.readAllBytes(a);
        SiteSession s = site.open();
        Path key = a.toAbsolutePath().normalize();
        String buffer = s.analysis(a).get().text() + "old in the tab\n";
        ChangePlan plan = SiteReplace.plan(s, body("old"), "new", Map.of(key, buffer), () -> false);
        assertTrue(plan.changes().get(0).unsaved());
        assertEquals(2, plan.changes().get(0).count());
        ChangeWriter writer = new ChangeWriter(Optional.empty(), site.root);

        AppliedChanges skipped = writer.apply(plan, false);
        assertEquals(1, skipped.skipped().size());
        assertTrue(skipped.skipped().get(0).reason().contains("unsaved edits"));
        AppliedChanges included = writer.apply(plan, true);
        assertEquals(1, included.forEditor().size());
        assertTrue(included.forEditor().get(0).after().endsWith("new in the tab\n"));
        assertArrayEquals(aBefore, Files.readAllBytes(a));
    }

    @Test
    void aFileChangedOnDiskAfterThePreviewIsLeftAlone() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.simple("a.md", "Alpha", "old word\n");
        ChangePlan plan = SiteReplace.plan(site.open(), body("old"), "new", Map.of(), () -> false);
        Files.writeString(a, Files.readString(a) + "old and changed\n");
        String edited = Files.readString(a);
        AppliedChanges applied = new ChangeWriter(Optional.empty(), site.root).apply(plan, false);
        assertTrue(applied.written().isEmpty());
        assertTrue(applied.skipped().get(0).reason().contains("changed on disk after the preview"));
        assertEquals(edited, Files.readString(a));
    }

    @Test
    void regexGroupsInTheReplacementAndABadGroupIsAMessage() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "See v1.2 and v3.4.\n");
        SiteSession s = site.open();
        SearchQuery q = new SearchQuery("v(\\d+)\\.(\\d+)", true, false, true, SearchQuery.Scope.BODY, "");
        ChangePlan plan = SiteReplace.plan(s, q, "version $1-$2", Map.of(), () -> false);
        assertTrue(plan.changes().get(0).after().endsWith("See version 1-2 and version 3-4.\n"));
        ChangePlan bad = SiteReplace.plan(s, q, "$7", Map.of(), () -> false);
        assertTrue(bad.isEmpty());
        assertTrue(
                bad.notes().get(0).startsWith("The replacement cannot be used"),
                bad.notes().toString());
        // a plain-text replacement is taken literally: $1 stays $1
        ChangePlan literal = SiteReplace.plan(s, body("v1.2"), "$1", Map.of(), () -> false);
        assertTrue(literal.changes().get(0).after().endsWith("See $1 and v3.4.\n"));
    }

    @Test
    void aReplaceThatBreaksTheFrontMatterCarriesAWarning() throws Exception {
        TinySite site = new TinySite(dir);
        site.simple("a.md", "Alpha", "Body.\n");
        ChangePlan plan = SiteReplace.plan(
                site.open(),
                new SearchQuery("title: Alpha", false, false, true, SearchQuery.Scope.FIELD, "title"),
                "title: [Alpha",
                Map.of(),
                () -> false);
        assertEquals(
                "After this change the front matter no longer reads as YAML.",
                plan.changes().get(0).warning());
        ChangePlan fine = SiteReplace.plan(
                site.open(),
                new SearchQuery("Alpha", false, false, true, SearchQuery.Scope.FIELD, "title"),
                "Omega",
                Map.of(),
                () -> false);
        assertEquals("", fine.changes().get(0).warning());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
