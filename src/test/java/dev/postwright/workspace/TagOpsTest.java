package dev.postwright.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagOpsTest {

    @TempDir
    Path dir;

    private static final String FM = "title: T\npubDatetime: 2024-01-02T10:00:00Z\n";

    private static String after(ChangePlan plan, Path p) {
        Path key = p.toAbsolutePath().normalize();
        return plan.changes().stream()
                .filter(c -> c.path().equals(key))
                .findFirst()
                .orElseThrow()
                .after();
    }

    @Test
    void renameKeepsFlowAndBlockListsQuotesAndCommentsAndTouchesOnlyTheTagLines() throws Exception {
        TinySite site = new TinySite(dir);
        Path flow = site.post("flow.md", FM + "tags: [baking, \"JS\", notes] # the usual\n", "JS in the body.\n");
        Path block = site.post("block.md", FM + "tags:\n  - 'JS'\n  # keep this\n  - notes\n", "Body.\n");
        Path none = site.post("none.md", FM + "tags: [notes]\n", "JS here too.\n");
        byte[] noneBefore = Files.readAllBytes(none);
        String flowBefore = Files.readString(flow);
        String blockBefore = Files.readString(block);
        SiteSession s = site.open();

        ChangePlan plan = TagOps.planRename(s, Set.of("JS"), "javascript", Map.of());

        assertEquals(2, plan.changes().size());
        assertEquals("Rename tag 'JS' to 'javascript'", plan.title());
        String flowAfter = after(plan, flow);
        assertEquals(flowBefore.replace("\"JS\"", "\"javascript\""), flowAfter);
        assertEquals(List.of(4), FileDiffs.changedLines(flowBefore, flowAfter));
        String blockAfter = after(plan, block);
        assertEquals(blockBefore.replace("'JS'", "'javascript'"), blockAfter);
        assertEquals(List.of(5), FileDiffs.changedLines(blockBefore, blockAfter));

        new ChangeWriter(Optional.empty(), site.root).apply(plan, false);
        assertEquals(flowAfter, Files.readString(flow));
        assertArrayEquals(noneBefore, Files.readAllBytes(none));
    }

    @Test
    void mergeRemovesTheRepeatWithItsSeparatorOrItsLine() throws Exception {
        TinySite site = new TinySite(dir);
        Path flowBoth = site.post("a.md", FM + "tags: [js, notes, JavaScript]\n", "x\n");
        Path flowFirst = site.post("b.md", FM + "tags: [JS, javascript, notes]\n", "x\n");
        Path flowRun = site.post("c.md", FM + "tags: [JS, js, notes]\n", "x\n");
        Path block = site.post("d.md", FM + "tags:\n  - javascript\n  - js\n  - notes\n", "x\n");
        SiteSession s = site.open();

        ChangePlan plan = TagOps.planRename(s, Set.of("js", "JS", "JavaScript"), "javascript", Map.of());

        assertTrue(after(plan, flowBoth).contains("tags: [javascript, notes]\n"), after(plan, flowBoth));
        assertTrue(after(plan, flowFirst).contains("tags: [javascript, notes]\n"), after(plan, flowFirst));
        assertTrue(after(plan, flowRun).contains("tags: [javascript, notes]\n"), after(plan, flowRun));
        assertEquals("---\n" + FM + "tags:\n  - javascript\n  - notes\n---\nx\n", after(plan, block));
        assertTrue(plan.title().startsWith("Merge tags"));
    }

    @Test
    void renameInTomlAndJsonKeepsTheirListsAndTouchesOnlyTheTagLines() throws Exception {
        TinySite site = new TinySite(dir);
        String toml = "+++\ntitle = \"T\"\ntags = [\n  \"JS\", # old name\n  'notes',\n]\n+++\nJS in the body.\n";
        String json = "{\n  \"title\": \"T\",\n  \"tags\": [\"notes\", \"JS\", \"js\"]\n}\nBody.\n";
        Path t = site.raw("t.md", toml);
        Path j = site.raw("j.md", json);
        Path none = site.raw("n.md", "+++\ntitle = \"T\"\ntags = [\"notes\"]\n+++\nJS\n");
        SiteSession s = site.open();

        ChangePlan plan = TagOps.planRename(s, Set.of("JS", "js"), "javascript", Map.of());

        assertEquals(toml.replace("\"JS\", # old name", "\"javascript\", # old name"), after(plan, t));
        assertEquals(json.replace("[\"notes\", \"JS\", \"js\"]", "[\"notes\", \"javascript\"]"), after(plan, j));
        assertTrue(plan.changes().stream()
                .noneMatch(c -> c.path().equals(none.toAbsolutePath().normalize())));
    }

    @Test
    void nearDuplicateGroupsOfferTheMostUsedSpelling() throws Exception {
        TinySite site = new TinySite(dir);
        site.post("a.md", FM + "tags: [javascript, baking]\n", "x\n");
        site.post("b.md", FM + "tags: [javascript]\n", "x\n");
        site.post("c.md", FM + "tags: [JavaScript, bread]\n", "x\n");
        site.post("d.md", FM + "tags: [java-script]\n", "x\n");
        SiteSession s = site.open();
        List<TagOps.NearGroup> groups = TagOps.nearDuplicates(s);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals("javascript", groups.get(0).keep());
        assertEquals(
                Set.of("JavaScript", "java-script"), Set.copyOf(groups.get(0).others()));
        assertEquals(2, TagOps.counts(s).get("javascript"));
    }

    @Test
    void aTagStringIsNamedNotGuessed() throws Exception {
        TinySite site = new TinySite(dir);
        site.post("str.md", FM + "tags: JS\n", "x\n");
        SiteSession s = site.open();
        ChangePlan plan = TagOps.planRename(s, Set.of("JS"), "javascript", Map.of());
        assertTrue(plan.isEmpty());
        assertTrue(plan.notes().get(0).contains("one string"), plan.notes().toString());
    }

    @Test
    void anOpenTabsUnsavedTagsAreRenamedInItsText() throws Exception {
        TinySite site = new TinySite(dir);
        Path a = site.post("a.md", FM + "tags: [notes]\n", "x\n");
        SiteSession s = site.open();
        String buffer = s.analysis(a).get().text().replace("[notes]", "[notes, JS]");
        ChangePlan plan = TagOps.planRename(
                s, Set.of("JS"), "javascript", Map.of(a.toAbsolutePath().normalize(), buffer));
        assertTrue(plan.changes().get(0).unsaved());
        assertTrue(plan.changes().get(0).after().contains("tags: [notes, javascript]\n"));
    }

    @Test
    void jekyllTagWordsAreRenamedAsWords() throws Exception {
        Path root = dir.resolve("jekyll");
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_config.yml"), "title: x\n");
        Path post = root.resolve("_posts/2024-01-02-pots.md");
        String before = "---\nlayout: post\ntitle: Pots\ntags: clay JS wheel js\n---\nBody.\n";
        Files.writeString(post, before);
        SiteSession s = SiteSession.open(root, new MarkdownEngine(), TinySite.CLOCK);
        assertEquals(
                List.of("clay", "JS", "wheel", "js"), s.index().all().get(0).tags());

        ChangePlan plan = TagOps.planRename(s, Set.of("JS", "js"), "javascript", Map.of());

        assertEquals(before.replace("clay JS wheel js", "clay javascript wheel"), after(plan, post));
        assertEquals(List.of(4), FileDiffs.changedLines(before, after(plan, post)));
        ChangePlan spaced = TagOps.planRename(s, Set.of("clay"), "fired clay", Map.of());
        assertTrue(spaced.isEmpty());
        assertTrue(
                spaced.notes().get(0).contains("cannot be written there"),
                spaced.notes().toString());
    }
}
