package dev.postwright.post;

import static dev.postwright.post.EditSequences.msg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.FrontmatterDocument.Status;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.post.EditSequences.AddTag;
import dev.postwright.post.EditSequences.Content;
import dev.postwright.post.EditSequences.DateShape;
import dev.postwright.post.EditSequences.DeleteBody;
import dev.postwright.post.EditSequences.DescStyle;
import dev.postwright.post.EditSequences.Expected;
import dev.postwright.post.EditSequences.InsertBody;
import dev.postwright.post.EditSequences.Op;
import dev.postwright.post.EditSequences.RemoveFeatured;
import dev.postwright.post.EditSequences.RemoveTag;
import dev.postwright.post.EditSequences.SetDate;
import dev.postwright.post.EditSequences.SetDescription;
import dev.postwright.post.EditSequences.SetDraft;
import dev.postwright.post.EditSequences.SetFeatured;
import dev.postwright.post.EditSequences.SetTags;
import dev.postwright.post.EditSequences.SetTitle;
import dev.postwright.post.EditSequences.Shape;
import dev.postwright.post.EditSequences.Start;
import dev.postwright.post.EditSequences.TagsStyle;
import dev.postwright.post.EditSequences.TitleStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random sequences of form edits (through the lossless core) and body text edits, then an atomic save and a
 * reload, give back exactly the edited document. After each form edit the value reads back as set, every other
 * field keeps its value, and only the edited key's lines changed; after each text edit the frontmatter is untouched.
 */
class EditSequenceProperties {

    /** AstroPaper's field order, so inserted fields land where the editor would put them. */
    private static final Schema SCHEMA = new Schema(
            List.of(
                    Field.required("title", FieldType.STRING),
                    Field.optional("author", FieldType.STRING),
                    Field.required("pubDatetime", FieldType.DATETIME),
                    Field.optional("modDatetime", FieldType.DATETIME).asNullable(),
                    Field.optional("featured", FieldType.BOOLEAN),
                    Field.optional("draft", FieldType.BOOLEAN),
                    Field.optional("tags", FieldType.STRING_LIST).withDefault("[others]"),
                    Field.required("description", FieldType.TEXT)),
            false,
            "test");

    private static final String[] TITLE_PARTS = {
        "Hello",
        "world",
        "Crème brûlée",
        "Zoë",
        "🌉",
        "🚀 launch",
        ": ",
        ":",
        "#",
        " #",
        "# ",
        "[",
        "]",
        "[Sponsored]",
        "{",
        "}",
        ",",
        "yes",
        "no",
        "2024-01-01",
        "null",
        "~",
        "1.0",
        "true",
        "  ",
        " ",
        "-",
        "- ",
        "'",
        "\"",
        "it's",
        "\\",
        "&",
        "*",
        "!",
        "|",
        ">",
        "%",
        "@",
        "`",
        "?",
        "ümlaut",
        "a: b",
        "x#y",
        "---",
        "..."
    };
    private static final String[] TAG_WORDS = {
        "java", "astro", "yaml", "café", "naïve", "rust", "data", "web", "yes", "no", "null", "on", "1.0", "2024",
        "c++", "node.js", "🚀", "x"
    };
    private static final String[] BODY_PARTS = {
        "Plain words",
        "## A heading",
        "Ünïcödé ✨",
        "emoji 🌉🎉",
        "**bold**",
        "- item",
        "---",
        "title: not yaml",
        "> quote",
        "`code`",
        "\n",
        "\n\n",
        " ",
        "é",
        "🚀"
    };

    // ---------------------------------------------------------------- the property

    @Property(tries = 300)
    void editSequencesSaveAndReloadExactly(@ForAll("starts") Start start, @ForAll("ops") List<Op> ops)
            throws Exception {
        String le = start.le();
        String text = start.text();
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        List<String> log = new ArrayList<>(List.of("start", text));
        Supplier<String> ctx = () -> render(log);
        assertEquals(text, doc.text());
        assertEquals(le, doc.lineEnding());
        Expected expected = new Expected(start, doc);
        expected.check(doc, ctx);

        for (Op op : ops) {
            String before = text;
            FrontmatterDocument old = doc;
            if (op instanceof InsertBody || op instanceof DeleteBody) {
                text = applyText(old, op);
                doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
                log.add(op.toString());
                log.add(text);
                assertEquals(old.bodyOffset(), doc.bodyOffset(), ctx);
                assertEquals(before.substring(0, old.bodyOffset()), text.substring(0, doc.bodyOffset()), ctx);
            } else {
                Edit edit = applyForm(old, op, expected);
                if (edit == null) {
                    continue;
                }
                doc = edit.result;
                text = doc.text();
                log.add(op.toString());
                log.add(text);
                FrontmatterDocument edited = doc;
                assertEquals(Status.OK, edited.status(), () -> edited.error() + ctx.get());
                checkOnlyKeyLinesChanged(old, text, edit.key, edit.removal, ctx);
                List<String> otherKeysBefore = new ArrayList<>(old.keys());
                otherKeysBefore.remove(edit.key);
                List<String> otherKeysAfter = new ArrayList<>(doc.keys());
                otherKeysAfter.remove(edit.key);
                assertEquals(otherKeysBefore, otherKeysAfter, msg("other keys keep their order", ctx));
                assertEquals(!edit.removal, doc.keys().contains(edit.key), ctx);
            }
            assertConsistentLineEndings(text, le, ctx);
            expected.check(doc, ctx);
        }

        Path dir = tempDir();
        try {
            Path file = dir.resolve("post.md");
            PostFile.writeAtomic(file, text, start.shape().bom(), StandardCharsets.UTF_8);
            LoadedText loaded = PostFile.read(file);
            assertEquals(text, loaded.text(), ctx);
            assertEquals(start.shape().bom(), loaded.bom(), ctx);
            assertEquals(StandardCharsets.UTF_8, loaded.charset(), ctx);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (start.shape().bom()) {
                bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            bytes.write(text.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(bytes.toByteArray(), Files.readAllBytes(file), ctx);
            FrontmatterDocument reloaded = FrontmatterDocument.parse(loaded.text(), YamlDialect.YAML_1_2);
            expected.check(reloaded, ctx);
        } finally {
            deleteTree(dir);
        }
    }

    // ---------------------------------------------------------------- applying operations

    record Edit(String key, FrontmatterDocument result, boolean removal) {}

    /** Applies a form edit with the lossless core and updates the model; null when the op does not apply. */
    private static Edit applyForm(FrontmatterDocument doc, Op op, Expected m) {
        if (op instanceof SetTitle s) {
            m.title = s.value();
            return new Edit("title", doc.withString("title", s.value()), false);
        }
        if (op instanceof SetDescription s) {
            m.description = s.value();
            return new Edit("description", doc.withString("description", s.value()), false);
        }
        if (op instanceof SetDraft s) {
            m.draft = Optional.of(s.value());
            return new Edit("draft", doc.withBoolean("draft", s.value()), false);
        }
        if (op instanceof SetTags s) {
            m.tags = Optional.of(List.copyOf(s.value()));
            return new Edit("tags", doc.withStringList("tags", s.value()), false);
        }
        if (op instanceof AddTag a) {
            List<String> tags = new ArrayList<>(m.tags.orElse(List.of()));
            tags.add(a.value());
            m.tags = Optional.of(List.copyOf(tags));
            return new Edit("tags", doc.with("tags", YamlValue.stringList(tags, true), SCHEMA), false);
        }
        if (op instanceof RemoveTag r) {
            if (m.tags.isEmpty() || m.tags.get().isEmpty()) {
                return null;
            }
            List<String> tags = new ArrayList<>(m.tags.get());
            tags.remove(r.index() % tags.size());
            m.tags = Optional.of(List.copyOf(tags));
            return new Edit("tags", doc.withStringList("tags", tags), false);
        }
        if (op instanceof SetFeatured f) {
            m.featured = Optional.of(f.value());
            return new Edit(
                    "featured",
                    f.viaSchema()
                            ? doc.with("featured", YamlValue.bool(f.value()), SCHEMA)
                            : doc.withBoolean("featured", f.value()),
                    false);
        }
        if (op instanceof RemoveFeatured) {
            if (m.featured.isEmpty()) {
                return null; // removing an absent key is a no-op, covered by without() itself
            }
            m.featured = Optional.empty();
            return new Edit("featured", doc.without("featured"), true);
        }
        SetDate d = (SetDate) op;
        m.date = Expected.dateAfter(m.date, d.value());
        return new Edit("pubDatetime", doc.withDate("pubDatetime", d.value()), false);
    }

    /** A string splice in the body only, at code point and line-ending boundaries. */
    private static String applyText(FrontmatterDocument doc, Op op) {
        String text = doc.text();
        int body = doc.bodyOffset();
        int len = text.length() - body;
        if (op instanceof InsertBody ins) {
            int at = snap(text, body, body + (int) ((long) len * ins.at() / 10_000));
            return text.substring(0, at) + ins.text().replace("\n", doc.lineEnding()) + text.substring(at);
        }
        DeleteBody del = (DeleteBody) op;
        int from = snap(text, body, body + (int) ((long) len * del.at() / 10_000));
        int to = snap(text, body, Math.min(text.length(), from + del.length()));
        return text.substring(0, from) + text.substring(to);
    }

    /** Moves an offset back so it splits neither a surrogate pair nor a CRLF. */
    private static int snap(String text, int floor, int at) {
        while (at > floor
                && at < text.length()
                && (Character.isLowSurrogate(text.charAt(at))
                        || text.charAt(at) == '\n' && text.charAt(at - 1) == '\r')) {
            at--;
        }
        return at;
    }

    // ---------------------------------------------------------------- line checks

    /**
     * Only the edited key's lines differ: for a set of an existing key its old span [startOffset, endOffset); for
     * a removal that span and the comment lines directly above it (which must simply disappear); for an added key
     * only inserted lines, inside the frontmatter.
     */
    private static void checkOnlyKeyLinesChanged(
            FrontmatterDocument old, String now, String key, boolean removal, Supplier<String> ctx) {
        List<String> before = lines(old.text());
        List<String> after = lines(now);
        Optional<FrontmatterDocument.Entry> entry = old.entry(key);
        if (entry.isEmpty()) {
            int added = after.size() - before.size();
            assertTrue(added > 0, msg("an added key adds lines", ctx));
            int k = 0;
            while (k < before.size() && before.get(k).equals(after.get(k))) {
                k++;
            }
            assertEquals(
                    before.subList(k, before.size()),
                    after.subList(k + added, after.size()),
                    msg("only inserted lines for new key " + key, ctx));
            int closingFence = lineOf(old.text(), old.yamlEndOffset());
            assertTrue(k >= 1 && k <= closingFence, msg("new key " + key + " inserted inside the frontmatter", ctx));
            return;
        }
        int startLine = lineOf(old.text(), entry.get().startOffset());
        int endLine = lineOf(old.text(), entry.get().endOffset());
        if (removal) {
            while (startLine > 1
                    && before.get(startLine - 1).strip().startsWith("#")
                    && lineOf(old.text(), old.yamlStartOffset()) < startLine
                    && !insideAnotherEntry(old, key, startLine - 1)) {
                startLine--;
            }
            List<String> expected = new ArrayList<>(before.subList(0, startLine));
            expected.addAll(before.subList(endLine, before.size()));
            assertEquals(expected, after, msg("removing " + key + " drops only its lines and comments above", ctx));
            return;
        }
        int tail = before.size() - endLine;
        assertTrue(after.size() >= startLine + tail, msg("lines of " + key, ctx));
        assertEquals(before.subList(0, startLine), after.subList(0, startLine), msg("lines above " + key, ctx));
        assertEquals(
                before.subList(endLine, before.size()),
                after.subList(after.size() - tail, after.size()),
                msg("lines below " + key, ctx));
    }

    /** Lines split at '\n' (a CRLF line keeps its '\r', so a changed ending counts as a changed line). */
    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    /** 0-based index of the line an offset starts (offsets given are line starts). */
    /** Whether a line (0-based) is part of another key's value, such as a folded scalar's "  #" line. */
    private static boolean insideAnotherEntry(FrontmatterDocument doc, String key, int line) {
        return doc.entries().stream()
                .filter(e -> !e.key().equals(key))
                .anyMatch(e -> lineOf(doc.text(), e.startOffset()) <= line && line < lineOf(doc.text(), e.endOffset()));
    }

    private static int lineOf(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void assertConsistentLineEndings(String text, String le, Supplier<String> ctx) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (le.equals("\n")) {
                assertFalse(c == '\r', msg("a CR in an LF file at " + i, ctx));
            } else if (c == '\n') {
                assertTrue(i > 0 && text.charAt(i - 1) == '\r', msg("a bare LF in a CRLF file at " + i, ctx));
            } else if (c == '\r') {
                assertTrue(i + 1 < text.length() && text.charAt(i + 1) == '\n', msg("a bare CR at " + i, ctx));
            }
        }
    }

    /** The steps so far, for failure messages only (built lazily: most tries never need it). */
    private static String render(List<String> log) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < log.size(); i += 2) {
            b.append("\n--- ")
                    .append(log.get(i))
                    .append(" ---\n")
                    .append(log.get(i + 1).replace("\r", "\\r"));
        }
        return b.toString();
    }

    /**
     * A fresh temp folder; in memory (/dev/shm) where there is one, because the save's fsyncs on a disk cost ~20 ms
     * a try and this property is about the bytes written, not their durability (SafeSaveTest covers that).
     */
    private static Path tempDir() throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempDirectory(shm, "editseq")
                : Files.createTempDirectory("editseq");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<Shape> shapes = Combinators.combine(
                        Arbitraries.of(false, true),
                        Arbitraries.of(false, true),
                        Arbitraries.of(true, false),
                        Arbitraries.of(TitleStyle.class),
                        Arbitraries.of(DescStyle.class),
                        Arbitraries.of(DateShape.class),
                        Arbitraries.of(TagsStyle.class),
                        Arbitraries.integers().between(0, 7))
                .as(Shape::new);
        Arbitrary<Content> contents = Combinators.combine(
                        Arbitraries.of("Hello world", "Crème brûlée 🌉 notes", "Zoë's first post"),
                        Arbitraries.of("java", "astro", "café", "naïve", "c++", "node.js", "🚀")
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4),
                        Arbitraries.of(false, true).optional(0.5),
                        Arbitraries.of(false, true).optional(0.5),
                        dates(),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(
                                        "# Intro 🎉",
                                        "Café, naïve façade — ünïcödé.",
                                        "Emoji: 🌉🚀✨",
                                        "## Section",
                                        "Plain paragraph text.",
                                        "")
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(6))
                .as(Content::new);
        return Combinators.combine(shapes, contents).as(Start::new);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> phrase =
                Arbitraries.of(TITLE_PARTS).list().ofMaxSize(5).map(l -> String.join("", l));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(3, phrase.map(SetTitle::new)),
                Tuple.of(1, phrase.filter(s -> !s.isEmpty()).map(SetDescription::new)),
                Tuple.of(2, Arbitraries.of(true, false).map(SetDraft::new)),
                Tuple.of(2, tagWords().list().ofMaxSize(4).map(SetTags::new)),
                Tuple.of(2, tagWords().map(AddTag::new)),
                Tuple.of(2, Arbitraries.integers().between(0, 9).map(RemoveTag::new)),
                Tuple.of(
                        2,
                        Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
                                .as(SetFeatured::new)),
                Tuple.of(1, Arbitraries.just(new RemoveFeatured())),
                Tuple.of(2, dateValues().map(SetDate::new)),
                Tuple.of(
                        4,
                        Combinators.combine(
                                        Arbitraries.integers().between(0, 10_000),
                                        Arbitraries.of(BODY_PARTS)
                                                .list()
                                                .ofMinSize(1)
                                                .ofMaxSize(4)
                                                .map(l -> String.join("", l)))
                                .as(InsertBody::new)),
                Tuple.of(
                        3,
                        Combinators.combine(
                                        Arbitraries.integers().between(0, 10_000),
                                        Arbitraries.integers().between(1, 40))
                                .as(DeleteBody::new)));
        return op.list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<String> tagWords() {
        return Arbitraries.of(TAG_WORDS);
    }

    private static Arbitrary<LocalDateTime> dates() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 11_000),
                        Arbitraries.integers().between(0, 24 * 3600 - 1))
                .as((day, sec) -> LocalDate.of(2000, 1, 1).plusDays(day).atTime(LocalTime.ofSecondOfDay(sec)));
    }

    private static Arbitrary<Temporal> dateValues() {
        Arbitrary<ZoneOffset> offsets = Arbitraries.of(
                ZoneOffset.UTC,
                ZoneOffset.ofHours(2),
                ZoneOffset.ofHoursMinutes(-5, -30),
                ZoneOffset.ofHoursMinutes(5, 45),
                ZoneOffset.ofHours(14));
        return Arbitraries.oneOf(
                dates().map(LocalDateTime::toLocalDate),
                Combinators.combine(dates(), offsets).as(LocalDateTime::atOffset));
    }
}
