package dev.postwright.workspace.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.workspace.SiteSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlugRenameTest {

    private static final String OLD = "/posts/sourdough-starter/";
    private static final String NEW = "/posts/starter-basics/";

    @TempDir
    Path root;

    private Path starter;

    @BeforeEach
    void copySite() throws IOException {
        SampleSite.copyTo(root);
        starter = root.resolve(SampleSite.BLOG + "sourdough-starter.md")
                .toAbsolutePath()
                .normalize();
    }

    private SiteSession open() {
        return SiteSession.open(root, new MarkdownEngine(), SampleSite.CLOCK);
    }

    private Path post(String name) {
        return root.resolve(SampleSite.BLOG + name).toAbsolutePath().normalize();
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> bytes = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                bytes.put(p.toAbsolutePath().normalize(), Files.readAllBytes(p));
            }
        }
        return bytes;
    }

    @Test
    void sampleSiteLinksToTheStarterGetTheNewUrlAndNothingElseChanges() throws IOException {
        SiteSession session = open();
        Map<Path, byte[]> before = snapshot();

        RenamePlan plan = SlugRename.plan(session, starter, OLD, NEW);

        List<String> files = plan.changes().stream().map(FileChange::relPath).toList();
        assertEquals(
                List.of(
                        SampleSite.BLOG + "deliberate-problems.md",
                        SampleSite.BLOG + "open-crumb-loaf.md",
                        SampleSite.BLOG + "welcome-to-field-notes.md",
                        SampleSite.BLOG + "winter-rye-plans.md"),
                files);
        FileChange loaf = plan.changes().get(1);
        assertEquals(2, loaf.edits().size());
        assertEquals(1, loaf.previews().size(), "both links are on one line");
        assertTrue(
                loaf.previews().get(0).after().contains("[feeding schedule](/posts/starter-basics/#feeding-schedule)"));
        assertTrue(loaf.previews().get(0).after().contains("(/posts/starter-basics/#notes-1)"));
        assertEquals(
                loaf.previews().get(0).before().replace(OLD, NEW),
                loaf.previews().get(0).after());
        Edit first = loaf.edits().get(0);
        assertEquals(OLD, first.oldText());
        assertEquals(NEW, first.newText());
        assertEquals(15, first.line());

        ApplyResult result = SlugRename.apply(plan);
        assertEquals(4, result.written().size());
        assertTrue(result.skipped().isEmpty());
        assertTrue(result.forEditor().isEmpty());

        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            String was = new String(before.get(p), StandardCharsets.UTF_8);
            String now = new String(after.get(p), StandardCharsets.UTF_8);
            boolean changed = plan.changes().stream().anyMatch(c -> c.file().equals(p));
            assertEquals(changed ? was.replace(OLD, NEW) : was, now, p.toString());
        }
        String loafText = Files.readString(post("open-crumb-loaf.md"));
        assertTrue(loafText.contains("(/posts/starter-basics/#feeding-schedule)"));
        assertFalse(loafText.contains(OLD));
    }

    @Test
    void fileChangedOnDiskAfterPlanningIsSkippedAsAConflict() throws IOException {
        SiteSession session = open();
        RenamePlan plan = SlugRename.plan(session, starter, OLD, NEW);
        Path welcome = post("welcome-to-field-notes.md");
        String theirs = Files.readString(welcome) + "\nA line added in another editor.\n";
        Files.writeString(welcome, theirs);

        ApplyResult result = SlugRename.apply(plan);

        assertEquals(
                List.of(welcome),
                result.conflicts().stream().map(ApplyResult.Skipped::file).toList());
        assertTrue(result.conflicts().get(0).message().contains("changed on disk"));
        assertEquals(theirs, Files.readString(welcome), "never clobbered");
        assertEquals(3, result.written().size());
    }

    @Test
    void unsavedBufferIsPlannedAgainstAndHandedToTheEditor() throws IOException {
        SiteSession session = open();
        Path rye = post("winter-rye-plans.md");
        String onDisk = Files.readString(rye);
        String buffer = onDisk + "\nOne more: [the starter](/posts/sourdough-starter/?ref=rye).\n";

        RenamePlan plan = SlugRename.plan(
                session, starter, OLD, NEW, p -> p.equals(rye) ? Optional.of(buffer) : Optional.empty());
        FileChange ryeChange = plan.changes().stream()
                .filter(c -> c.file().equals(rye))
                .findFirst()
                .orElseThrow();
        assertTrue(ryeChange.unsaved());
        assertEquals(2, ryeChange.edits().size());
        assertEquals(buffer.replace(OLD, NEW), ryeChange.newText());

        ApplyResult result = SlugRename.apply(plan);
        assertEquals(List.of(ryeChange), result.forEditor());
        assertEquals(onDisk, Files.readString(rye), "the editor applies buffer edits, not the file");
        assertEquals(3, result.written().size());
    }

    @Test
    void onlyTheTickedFilesAreWritten() throws IOException {
        SiteSession session = open();
        RenamePlan plan = SlugRename.plan(session, starter, OLD, NEW);
        Path welcome = post("welcome-to-field-notes.md");

        ApplyResult result = SlugRename.apply(plan.only(Set.of(welcome)));

        assertEquals(
                List.of(welcome),
                result.written().stream().map(ApplyResult.Written::file).toList());
        assertTrue(Files.readString(post("open-crumb-loaf.md")).contains(OLD));
    }

    @Test
    void everyLinkFormToTheOldUrlIsFoundAndOthersAreLeftAlone() throws IOException {
        String body = """
                ---
                title: Links of every kind
                description: A post whose links point at the starter post in every way markdown allows.
                pubDatetime: 2025-05-01
                ---

                Inline [a](/posts/sourdough-starter/) and [no slash](/posts/sourdough-starter#feeding-schedule).
                With a title [t](/posts/sourdough-starter/ "The starter") and angle [b](</posts/sourdough-starter/>).
                Query [q](/posts/sourdough-starter/?utm=x#top) and index [i](/posts/sourdough-starter/index.html).
                Reference [r][starter] and [again][starter].
                HTML <a href="/posts/sourdough-starter/#feeding-schedule">feeding</a> and <a class=x href='/posts/sourdough-starter'>s</a>.

                Not these: [other](/posts/sourdough-starter-two/), [remote](https://example.com/posts/sourdough-starter/),
                [relative](sourdough-starter.md), ![image](/posts/sourdough-starter/), `[code](/posts/sourdough-starter/)`,
                <https://example.com/posts/sourdough-starter/>.

                    [indented code](/posts/sourdough-starter/)

                [starter]: /posts/sourdough-starter/#why-keep-a-starter-at-all
                """;
        Path links = post("links.md");
        Files.writeString(links, body.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = Files.readAllBytes(links);
        byte[] withBom = new byte[content.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(content, 0, withBom, 3, content.length);
        Files.write(links, withBom);
        SiteSession session = open();

        RenamePlan plan = SlugRename.plan(session, starter, OLD, NEW);
        FileChange change = plan.changes().stream()
                .filter(c -> c.file().equals(links))
                .findFirst()
                .orElseThrow();

        List<String> olds = new ArrayList<>();
        List<String> news = new ArrayList<>();
        change.edits().forEach(e -> {
            olds.add(e.oldText());
            news.add(e.newText());
        });
        assertEquals(
                List.of(
                        OLD,
                        "/posts/sourdough-starter",
                        OLD,
                        OLD,
                        OLD,
                        "/posts/sourdough-starter/index.html",
                        OLD,
                        "/posts/sourdough-starter",
                        OLD),
                olds);
        assertEquals(
                List.of(
                        NEW,
                        "/posts/starter-basics",
                        NEW,
                        NEW,
                        NEW,
                        "/posts/starter-basics/index.html",
                        NEW,
                        "/posts/starter-basics",
                        NEW),
                news);
        assertEquals(19, change.edits().get(change.edits().size() - 1).line(), "the reference definition");
        assertEquals(5, change.previews().size(), "lines 7, 8, 9, 11 and 19");

        SlugRename.apply(plan);
        byte[] written = Files.readAllBytes(links);
        assertEquals((byte) 0xEF, written[0], "BOM kept");
        String expected = body.replace("\n", "\r\n")
                .replace("(/posts/sourdough-starter/)", "(/posts/starter-basics/)")
                .replace("[no slash](/posts/sourdough-starter#", "[no slash](/posts/starter-basics#")
                .replace("(/posts/sourdough-starter/ \"", "(/posts/starter-basics/ \"")
                .replace("(</posts/sourdough-starter/>)", "(</posts/starter-basics/>)")
                .replace("(/posts/sourdough-starter/?utm", "(/posts/starter-basics/?utm")
                .replace("(/posts/sourdough-starter/index.html)", "(/posts/starter-basics/index.html)")
                .replace("href=\"/posts/sourdough-starter/#", "href=\"/posts/starter-basics/#")
                .replace("href='/posts/sourdough-starter'", "href='/posts/starter-basics'")
                .replace("[starter]: /posts/sourdough-starter/#", "[starter]: /posts/starter-basics/#")
                // the lines that must not change, restored
                .replace("![image](/posts/starter-basics/)", "![image](/posts/sourdough-starter/)")
                .replace("`[code](/posts/starter-basics/)`", "`[code](/posts/sourdough-starter/)`")
                .replace("[indented code](/posts/starter-basics/)", "[indented code](/posts/sourdough-starter/)");
        assertEquals(expected, new String(written, 3, written.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theRenamedPostItselfAndAnUnchangedUrlPlanNothing() {
        SiteSession session = open();
        assertTrue(SlugRename.plan(session, starter, OLD, "/posts/sourdough-starter")
                .isEmpty());
        RenamePlan plan = SlugRename.plan(session, starter, OLD, NEW);
        assertTrue(plan.changes().stream().noneMatch(c -> c.file().equals(starter)));
    }
}
