package dev.postwright.ui.frontmatter;

import static dev.postwright.ui.frontmatter.FormFixtures.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.generator.HugoGenerator;
import dev.postwright.ui.frontmatter.FormFixtures.Wired;
import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontmatterFormViewModelTest {

    @Test
    void rowsAreFilledFromTheDocumentInSchemaOrderThenUnknownKeys() {
        Wired w = new Wired(POST);
        assertEquals(
                List.of(
                        "title",
                        "author",
                        "pubDatetime",
                        "modDatetime",
                        "published",
                        "featured",
                        "draft",
                        "tags",
                        "ogImage",
                        "description",
                        "slug",
                        "mood"),
                w.vm.fields().stream().map(FieldModel::name).toList());
        assertEquals("Baking sourdough at home", w.row("title").text().get());
        assertEquals("2025-04-02T09:30:00Z", w.row("pubDatetime").text().get());
        assertEquals("2025-04-05 10:00:00 +02:00", w.row("modDatetime").text().get());
        assertEquals("2025-03-14", w.row("published").text().get());
        assertEquals(List.of("sourdough", "baking"), w.row("tags").tags());
        assertFalse(w.row("featured").checked().get());
        assertTrue(w.row("featured").present().get());
        assertFalse(w.row("draft").present().get(), "absent boolean is not set, not false");
        FieldModel mood = w.row("mood");
        assertEquals(FieldModel.Kind.RAW, mood.kind());
        assertFalse(mood.inSchema());
        assertEquals("cheerful", mood.text().get());
        assertTrue(w.vm.formAvailable().get());
        assertTrue(w.edits.isEmpty(), "loading emits nothing");
    }

    @Test
    void editingTheTitleEmitsOnlyThatFieldAndTheFedBackDocumentEchoesNothing() {
        Wired w = new Wired(POST);
        w.row("title").text().set("Baking rye at home");
        assertEquals(List.of(new FormEdit.SetValue("title", YamlValue.string("Baking rye at home"))), w.edits);
        assertTrue(w.doc.text().contains("title: Baking rye at home\n"));
        assertTrue(w.doc.text().contains("# Written on the train\n"), "comments kept");
        w.vm.setDocument(w.doc);
        w.vm.setDocument(FormFixtures.parse(w.doc.text()));
        assertEquals(1, w.edits.size(), "feeding the same values back emits nothing");
    }

    @Test
    void documentChangesFromTheMarkdownEditorUpdateRowsWithoutEmitting() {
        Wired w = new Wired(POST);
        w.vm.setDocument(FormFixtures.parse(POST.replace("Ana", "Bo")
                .replace("[sourdough, baking]", "[rye]")
                .replace("featured: false", "featured: true")));
        assertEquals("Bo", w.row("author").text().get());
        assertEquals(List.of("rye"), w.row("tags").tags());
        assertTrue(w.row("featured").checked().get());
        assertTrue(w.edits.isEmpty());
    }

    @Test
    void togglingABooleanWritesIt() {
        Wired w = new Wired(POST);
        w.row("featured").checked().set(true);
        w.row("draft").checked().set(true);
        assertEquals(
                List.of(
                        new FormEdit.SetValue("featured", YamlValue.bool(true)),
                        new FormEdit.SetValue("draft", YamlValue.bool(true))),
                w.edits);
        assertTrue(w.doc.text().contains("featured: true\ndraft: true\n"));
    }

    @Test
    void clearingAnOptionalFieldRemovesItAndARequiredOneKeepsAnEmptyString() {
        Wired w = new Wired(POST);
        w.row("author").text().set("");
        w.row("title").text().set("");
        assertEquals(
                List.of(new FormEdit.Remove("author"), new FormEdit.SetValue("title", YamlValue.string(""))), w.edits);
    }

    @Test
    void addingATagKeepsTheFlowStyle() {
        Wired w = new Wired(POST);
        w.vm.addTag("tags", "bread");
        FormEdit.SetValue set = (FormEdit.SetValue) w.edits.get(0);
        YamlValue.Sequence seq = (YamlValue.Sequence) set.value();
        assertTrue(seq.flow());
        assertEquals(3, seq.items().size());
        assertTrue(w.doc.text().contains("tags: [sourdough, baking, bread] # keep short\n"), w.doc.text());
    }

    @Test
    void aBlockListStaysBlock() {
        Wired w = new Wired(POST.replace("tags: [sourdough, baking] # keep short", "tags:\n  - sourdough"));
        w.vm.addTag("tags", "bread");
        assertFalse(((YamlValue.Sequence) ((FormEdit.SetValue) w.edits.get(0)).value()).flow());
    }

    @Test
    void aNearDuplicateTagBecomesTheSiteSpelling() {
        Wired w = new Wired(POST.replace("[sourdough, baking]", "[baking]"));
        w.vm.setTagCounts(Map.of("sourdough", 3, "baking", 5, "bread", 1));
        assertEquals("sourdough", w.vm.canonicalTag("Sourdough"));
        assertEquals(Optional.of("sourdough"), w.vm.addTag("tags", "Sourdough"));
        assertEquals(List.of("baking", "sourdough"), w.row("tags").tags());
        assertTrue(w.vm.tagNotice().get().contains("'sourdough'"));
        assertEquals("kombucha", w.vm.canonicalTag("kombucha"));
    }

    @Test
    void tagSuggestionsArePrefixFirstThenByCountAndSkipTagsAlreadySet() {
        Wired w = new Wired(POST.replace("[sourdough, baking]", "[bread]"));
        w.vm.setTagCounts(Map.of("sourdough", 3, "baking", 5, "bread", 1, "bao", 2, "kebab", 9));
        assertEquals(List.of("baking (5)", "bao (2)", "kebab (9)"), w.vm.suggestTags("ba"));
        w.vm.addTag("tags", "bao (2)");
        assertEquals(List.of("bread", "bao"), w.row("tags").tags());
    }

    @Test
    void aBareDateEditedStaysBare() {
        Wired w = new Wired(POST);
        w.row("published").text().set("2025-04-01");
        assertTrue(w.edits.isEmpty(), "dates are written on commit, not per keystroke");
        w.vm.commitDate("published");
        assertEquals(List.of(new FormEdit.SetValue("published", YamlValue.timestamp("2025-04-01"))), w.edits);
        assertTrue(w.doc.text().contains("published: 2025-04-01\n"));
    }

    @Test
    void theDatePartKeepsTimeAndZone() {
        Wired w = new Wired(POST);
        w.vm.setDatePart("pubDatetime", LocalDate.of(2025, 5, 1));
        assertEquals(
                List.of(new FormEdit.SetValue("pubDatetime", YamlValue.timestamp("2025-05-01T09:30:00Z"))), w.edits);
        w.vm.setDatePart("modDatetime", LocalDate.of(2025, 5, 2));
        assertEquals("2025-05-02 10:00:00 +02:00", w.row("modDatetime").text().get());
        w.row("pubDatetime").text().set("2025-06-01");
        w.vm.commitDate("pubDatetime");
        assertEquals("2025-06-01T09:30:00Z", w.row("pubDatetime").text().get(), "a typed day keeps the time");
    }

    @Test
    void aTypedNonDateIsAnErrorAndEmitsNothing() {
        Wired w = new Wired(POST);
        w.row("published").text().set("next tuesday");
        w.vm.commitDate("published");
        assertTrue(w.edits.isEmpty());
        assertEquals(Severity.ERROR, w.row("published").severity().get());
        assertEquals(
                FrontmatterFormViewModel.NOT_A_DATE,
                w.row("published").problemText().get());
        w.row("published").text().set("2025-03-15");
        assertNull(w.row("published").severity().get());
    }

    @Test
    void descriptionCounterCountsCodePointsAndFlagsOutOfRange() {
        Wired w = new Wired(POST);
        w.vm.setDescriptionLimits(10, 50);
        assertEquals("42 / 50", w.vm.descriptionCounter().get());
        assertFalse(w.vm.descriptionOutOfRange().get());
        w.row("description").text().set("Short 🍞");
        assertEquals(7, w.vm.descriptionLength().get());
        assertEquals("7 / 50", w.vm.descriptionCounter().get());
        assertTrue(w.vm.descriptionOutOfRange().get());
    }

    @Test
    void problemsGoToTheFieldOnTheirLine() {
        Wired w = new Wired(POST);
        Path file = Path.of("post.md");
        Problem tag = new Problem(
                file,
                9,
                8,
                Severity.WARNING,
                "tag.format",
                "Tag 'Baking' is not kebab-case",
                Optional.of(new Fix.FieldEdit("tags", "[baking]", "Write it as 'baking'")));
        Problem missing = new Problem(
                file, 1, 1, Severity.ERROR, "field.required", "Required field 'slug' is missing", Optional.empty());
        Problem body = new Problem(file, 13, 1, Severity.ERROR, "link.broken", "broken", Optional.empty());
        w.vm.setProblems(List.of(tag, missing, body));
        assertEquals(Severity.WARNING, w.row("tags").severity().get());
        assertEquals(
                "Tag 'Baking' is not kebab-case\nFix: Write it as 'baking'",
                w.row("tags").problemText().get());
        assertEquals(Severity.ERROR, w.row("slug").severity().get());
        assertNull(w.row("title").severity().get());
        assertEquals(List.of(tag), w.vm.problemsFor("tags"));
    }

    @Test
    void aMultiLineEntryOwnsItsLastLine() {
        Wired w = new Wired(POST.replace("tags: [sourdough, baking] # keep short", "tags:\n  - a\n  - b"));
        w.vm.setProblems(List.of(
                new Problem(Path.of("p.md"), 11, 5, Severity.WARNING, "tag.duplicate", "dup", Optional.empty())));
        assertEquals(Severity.WARNING, w.row("tags").severity().get());
        assertNull(w.row("description").severity().get());
    }

    @Test
    void brokenYamlShowsTheErrorAndForcesRawMode() {
        Wired w = new Wired("---\ntitle: ok\ntags: [a, b\n---\nbody\n");
        assertFalse(w.vm.formAvailable().get());
        assertTrue(w.vm.rawMode().get());
        assertTrue(
                w.vm.errorText().get().matches("YAML error on line \\d+, column \\d+: .+"),
                w.vm.errorText().get());
        assertEquals("title: ok\ntags: [a, b\n", w.vm.rawYaml().get());
        Wired none = new Wired("just a body\n");
        assertFalse(none.vm.formAvailable().get());
        assertTrue(none.vm.errorText().get().startsWith("No frontmatter"));
    }

    @Test
    void rawEditsEmitRawYamlAndTheFedBackDocumentDoesNotEcho() {
        Wired w = new Wired("---\ntitle: ok\ntags: [a, b\n---\nbody\n");
        w.vm.rawYaml().set("title: ok\ntags: [a, b]");
        assertEquals(List.of(new FormEdit.RawYaml("title: ok\ntags: [a, b]")), w.edits);
        assertTrue(w.vm.formAvailable().get());
        assertEquals("title: ok\ntags: [a, b]", w.vm.rawYaml().get(), "the writer's text is not rewritten");
        assertEquals(List.of("a", "b"), w.row("tags").tags());
        assertEquals(1, w.edits.size());
    }

    @Test
    void slugFollowsTheTitleOnlyWhenUnlockedAndIsNeverAddedSilently() {
        Wired w = new Wired(POST);
        assertFalse(w.vm.slugLocked().get(), "no slug field: unlocked");
        assertEquals("baking-sourdough-at-home", w.row("slug").text().get());
        w.row("title").text().set("Rye, Again!");
        assertEquals("rye-again", w.row("slug").text().get());
        assertEquals(1, w.edits.size(), "only the title was written");
        w.vm.generateSlugFromTitle();
        assertEquals(new FormEdit.SetValue("slug", YamlValue.string("rye-again")), w.edits.get(1));
        assertTrue(w.doc.text().contains("slug: rye-again\n"));
        w.row("title").text().set("Rye Three");
        assertEquals(new FormEdit.SetValue("slug", YamlValue.string("rye-three")), w.edits.get(3));
    }

    @Test
    void aPresentSlugStartsLocked() {
        Wired w = new Wired(POST.replace("mood: cheerful", "slug: my-bread"));
        assertTrue(w.vm.slugLocked().get());
        w.row("title").text().set("Other");
        assertEquals("my-bread", w.row("slug").text().get());
        assertEquals(1, w.edits.size());
    }

    @Test
    void unknownScalarRowsAreEditedAsYamlAndListsAreReadOnly() {
        Wired w = new Wired(POST.replace("mood: cheerful", "mood: cheerful\nrating: 4\nextra: [x, y]"));
        w.row("rating").text().set("5");
        FormEdit.SetValue set = (FormEdit.SetValue) w.edits.get(0);
        assertEquals("5", ((YamlValue.Scalar) set.value()).value());
        assertTrue(w.doc.text().contains("rating: 5\n"));
        assertFalse(w.row("extra").editable().get());
        assertEquals("[x, y]", w.row("extra").text().get());
    }

    @Test
    void onHugoACapitalisedKeyIsTheSchemaFieldsRowAndIsEditedInPlace() {
        String text = "+++\nTitle = 'Rye' # short\nTags = [\"rye\"]\n+++\nBody.\n";
        for (boolean hugo : List.of(true, false)) {
            FrontmatterFormViewModel vm = new FrontmatterFormViewModel();
            List<FormEdit> edits = new ArrayList<>();
            vm.setSchema(FormFixtures.SCHEMA);
            if (hugo) {
                vm.setGenerator(new HugoGenerator());
            }
            vm.setOnEdit(edits::add);
            vm.setDocument(FormFixtures.parse(text));
            List<String> names = vm.fields().stream().map(FieldModel::name).toList();
            if (!hugo) {
                // Astro reads keys as written: Title is an unknown key beside the schema's empty title
                assertTrue(names.containsAll(List.of("title", "Title")), names.toString());
                continue;
            }
            assertFalse(names.contains("title"), "one row for the title, named as written: " + names);
            FieldModel title = vm.field("Title").orElseThrow();
            assertTrue(title.inSchema());
            assertEquals("Rye", title.text().get());
            assertEquals(List.of("rye"), vm.field("Tags").orElseThrow().tags());
            title.text().set("Rye and spelt");
            assertEquals(List.of(new FormEdit.SetValue("Title", YamlValue.string("Rye and spelt"))), edits);
        }
    }

    @Test
    void tomlAndJsonPostsFillTheFormNameTheirFormatAndEditOnlyTheirLines() {
        String toml = "+++\ntitle = 'Rye' # short\npubDatetime = 2025-04-02T09:30:00Z\ntags = [\"rye\"]\n"
                + "mood = \"calm\"\n\n[params]\nx = 1\n+++\nBody.\n";
        Wired w = new Wired(toml);
        assertEquals("TOML", w.vm.format().get());
        assertTrue(w.vm.formAvailable().get());
        assertEquals("Rye", w.row("title").text().get());
        assertEquals("\"calm\"", w.row("mood").text().get(), "an unknown field shows its value as written");
        assertFalse(w.row("params").editable().get(), "a table is edited in the Raw view");
        w.row("title").text().set("Rye and spelt");
        w.row("tags").tags().add("spelt");
        assertEquals(
                toml.replace("'Rye'", "'Rye and spelt'").replace("[\"rye\"]", "[\"rye\", \"spelt\"]"), w.doc.text());

        Wired j = new Wired("{\n  \"title\": \"Rye\",\n  \"pubDatetime\": \"2025-04-02\"\n}\nBody.\n");
        assertEquals("JSON", j.vm.format().get());
        j.row("title").text().set("Spelt");
        assertEquals("{\n  \"title\": \"Spelt\",\n  \"pubDatetime\": \"2025-04-02\"\n}\nBody.\n", j.doc.text());

        Wired broken = new Wired("+++\ntitle = \"Rye\"\npubDatetime = \n+++\nBody.\n");
        assertFalse(broken.vm.formAvailable().get());
        assertTrue(broken.vm.rawMode().get());
        assertTrue(
                broken.vm.errorText().get().startsWith("TOML error on line 3, column 15"),
                broken.vm.errorText().get());
    }

    @Test
    void imagePathsAreSiteRootUnderThePublicDirElseRelative(@org.junit.jupiter.api.io.TempDir Path dir) {
        Wired w = new Wired(POST);
        Path pub = dir.resolve("public");
        Path posts = dir.resolve("src/data/blog");
        w.vm.setPublicDir(pub);
        w.vm.setPostDir(posts);
        assertEquals("/images/x.png", w.vm.imagePathFor(pub.resolve("images/x.png")));
        assertEquals("assets/y.png", w.vm.imagePathFor(posts.resolve("assets/y.png")));
        assertEquals(
                pub.resolve("images/x.png").toUri().toString(),
                w.vm.imageUrl("/images/x.png").orElseThrow());
    }
}
