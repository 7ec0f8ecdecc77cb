package dev.postwright.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.TestClocks;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.post.PostTabView;
import dev.postwright.ui.theme.Themes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Types whole sentences into the frontmatter form of the real window at a writer's pace (about 9 keys a second)
 * while the analysis runs late and out of step with the typing and both cores are kept busy: every control keeps
 * exactly what was typed, its caret stays where the writer is, and the saved file holds it.
 */
@ExtendWith(ApplicationExtension.class)
class FormTypingUiTest {

    /** About 9 keys a second, as the writers who reported the bug typed. */
    private static final int KEY_PAUSE_MILLIS = 110;

    private static final String CONFIG = """
            import { defineCollection, z } from "astro:content";
            import { glob } from "astro/loaders";

            const blog = defineCollection({
              loader: glob({ pattern: "**/[^_]*.md", base: "./src/data/blog" }),
              schema: ({ image }) =>
                z.object({
                  author: z.string().optional(),
                  pubDatetime: z.date(),
                  title: z.string(),
                  slug: z.string().optional(),
                  draft: z.boolean().optional(),
                  tags: z.array(z.string()).default(["others"]),
                  category: z.enum(["notes", "recipes", "essays"]),
                  readingMinutes: z.number().optional(),
                  ogImage: image().or(z.string()).optional(),
                  description: z.string(),
                }),
            });

            export const collections = { blog };
            """;

    private static final String POST = """
            ---
            # Drafted on the train
            title: Old title
            author: Ana
            pubDatetime: 2025-03-14
            draft: false
            tags: [bread, sourdough] # keep it short
            category: notes
            readingMinutes: 4
            slug: old-title
            description: 'A short description of the post, long enough for the fifty character minimum.'
            ---

            The body of the post, which no form edit may touch.
            """;

    @TempDir
    static Path tmp;

    private final BusyMachine machine = new BusyMachine(15);
    private final MainWindowUiTest.ScriptedDialogs dialogs = new MainWindowUiTest.ScriptedDialogs();
    private MainViewModel vm;
    private MainWindow window;
    private Path site;
    private Path post;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(Themes.stylesheet(false));
        site = tmp.resolve("site-" + System.nanoTime());
        Files.createDirectories(site.resolve("src/data/blog"));
        Files.createDirectories(site.resolve("public/images"));
        Files.writeString(site.resolve("astro.config.mjs"), "export default {};\n");
        Files.writeString(site.resolve("src/content.config.ts"), CONFIG);
        post = site.resolve("src/data/blog/weekly-loaf.md");
        Files.writeString(post, POST);
        Files.writeString(
                site.resolve("src/data/blog/rye.md"),
                POST.replace("Old title", "Rye")
                        .replace("slug: old-title", "slug: rye")
                        .replace("[bread, sourdough]", "[fermentation, rye]"));
        dev.postwright.TestSites.copy(Path.of("assets/sample-site/public/images"), site.resolve("public/images"));
        Clock clock = TestClocks.JUNE_2026;
        vm = new MainViewModel(machine.background(), clock, new MarkdownEngine());
        dialogs.saveWithErrors = Dialogs.SaveWithErrors.SAVE_ANYWAY;
        window = new MainWindow(stage, vm, url -> {}, dialogs);
        Scene scene = PostwrightApp.buildScene(window);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800); // the headless screen's size
        stage.show();
        vm.open(site);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.postTabs().views().forEach(PostTabView::dispose));
        machine.close();
    }

    @Test
    void sentencesTypedIntoEveryControlOnABusyMachineAreSavedExactly(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, post);
        machine.hogCores();

        String title = "A loaf a week: notes from a year of sourdough";
        retype(robot, tab, "title", title);
        String description = "Feeding, folding and baking: one loaf every week for a year, misses included.";
        retype(robot, tab, "description", description);
        retype(robot, tab, "slug", "a-loaf-a-week");
        retype(robot, tab, "readingMinutes", "12");
        retype(robot, tab, "ogImage", "/images/starter-bubbles.png");

        TextField tagInput = field(robot, tab, "#tag-input", TextField.class);
        click(robot, tagInput);
        robot.write("rye, winter, starter", KEY_PAUSE_MILLIS).type(KeyCode.ENTER);

        TextField date = field(robot, tab, "#field-pubDatetime", TextField.class);
        click(robot, date).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2025-04-02", KEY_PAUSE_MILLIS).type(KeyCode.ENTER);

        click(robot, field(robot, tab, "#field-draft", CheckBox.class));
        ComboBox<?> category = field(robot, tab, "#field-category", ComboBox.class);
        click(robot, category);
        robot.clickOn(robot.lookup(".list-cell")
                .match((ListCell<?> c) -> "recipes".equals(c.getText()))
                .queryAs(Node.class));
        robot.clickOn(tab.editorPane().editor().area());

        waitForAnalysisOf(tab);
        List<String> tags = List.of("bread", "sourdough", "rye", "winter", "starter");
        FrontmatterDocument inEditor = parse(tab.editorPane().editor().getText());
        assertEquals(title, string(inEditor, "title"));
        assertEquals(description, string(inEditor, "description"));
        assertEquals("a-loaf-a-week", string(inEditor, "slug"));
        assertEquals("12", string(inEditor, "readingMinutes"));
        assertEquals("/images/starter-bubbles.png", string(inEditor, "ogImage"));
        assertEquals(tags, list(inEditor, "tags"));
        assertEquals("2025-04-02", string(inEditor, "pubDatetime"));
        assertEquals("true", string(inEditor, "draft"));
        assertEquals("recipes", string(inEditor, "category"));

        save(robot, tab);
        String saved = Files.readString(post, StandardCharsets.UTF_8);
        assertEquals(tab.editorPane().editor().getText(), saved);
        // Only the edited fields' lines changed, the new field came in schema order, and the comments, the quoting
        // of the untouched values and the body stayed as they were.
        assertEquals("""
                ---
                # Drafted on the train
                title: "A loaf a week: notes from a year of sourdough"
                author: Ana
                pubDatetime: 2025-04-02
                draft: true
                tags: [bread, sourdough, rye, winter, starter] # keep it short
                category: recipes
                readingMinutes: 12
                slug: a-loaf-a-week
                ogImage: /images/starter-bubbles.png
                description: 'Feeding, folding and baking: one loaf every week for a year, misses included.'
                ---

                The body of the post, which no form edit may touch.
                """, saved);
    }

    @Test
    void theReportedCaseOnTheSampleSite(FxRobot robot) throws Exception {
        Path sample = dev.postwright.TestSites.copySampleSite(tmp.resolve("sample-" + System.nanoTime()));
        robot.interact(() -> vm.open(sample));
        PostTabView tab = open(robot, sample.resolve("src/data/blog/sourdough-starter.md"));
        machine.hogCores();
        String title = "A loaf a week: notes from a year of sourdough";
        retype(robot, tab, "title", title);
        save(robot, tab);
        FrontmatterDocument saved = parse(Files.readString(tab.viewModel().path(), StandardCharsets.UTF_8));
        assertEquals(title, string(saved, "title"));
    }

    @Test
    void typingInTheEditorsFrontmatterReachesTheFormAndLosesNothing(FxRobot robot) {
        PostTabView tab = open(robot, post);
        machine.hogCores();
        var area = tab.editorPane().editor().area();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getText().indexOf("Old title") + "Old title".length()));
        robot.write(" and the fox jumps over the lazy dog", KEY_PAUSE_MILLIS);
        TextField title = field(robot, tab, "#field-title", TextField.class);
        UiTests.waitUntil(20, () -> title.getText().equals("Old title and the fox jumps over the lazy dog"));
        assertTrue(area.getText().contains("title: Old title and the fox jumps over the lazy dog\n"));
    }

    @Test
    void rawYamlTypingIsKeptWhileTheAnalysisRunsAndCommittedOnLeaving(FxRobot robot) {
        PostTabView tab = open(robot, post);
        machine.hogCores();
        robot.clickOn(field(robot, tab, "#raw-toggle", ToggleButton.class));
        TextArea raw = field(robot, tab, "#raw-yaml", TextArea.class);
        robot.clickOn(raw);
        robot.interact(() -> raw.positionCaret(raw.getText().indexOf("author:")));
        String typed = "# the quick brown fox jumps over the lazy dog\n";
        robot.write(typed, KEY_PAUSE_MILLIS);
        String expected = POST.substring(4, POST.indexOf("---", 4)).replace("author:", typed + "author:");
        assertEquals(expected, raw.getText());
        assertEquals(expected.indexOf("author:"), raw.getCaretPosition());
        robot.clickOn(tab.editorPane().editor().area());
        UiTests.waitUntil(
                20, () -> tab.editorPane().editor().getText().equals(POST.replace("author:", typed + "author:")));
    }

    @Test
    void nonAsciiTypedAndPastedIsKeptExactly(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, post);
        TextField title = field(robot, tab, "#field-title", TextField.class);
        click(robot, title).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        String typed = "日本語のノート cafe\u0301 🥖";
        robot.write(typed, KEY_PAUSE_MILLIS);
        String pasted = " 面包と🍞, naïve";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals(typed + pasted, title.getText());
        robot.clickOn(tab.editorPane().editor().area());
        save(robot, tab);
        FrontmatterDocument saved = parse(Files.readString(post, StandardCharsets.UTF_8));
        assertEquals(typed + pasted, string(saved, "title"));
        assertTrue(
                Files.readString(post, StandardCharsets.UTF_8).contains("日本語のノート cafe\u0301 🥖 面包と🍞"),
                "written unescaped");
    }

    @Test
    void oneSessionInAFieldIsOneUndoStepInTheEditorAndTheFieldUndoesItsOwnTyping(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, post);
        TextField title = field(robot, tab, "#field-title", TextField.class);
        click(robot, title);
        robot.interact(title::end);
        robot.write(" for", KEY_PAUSE_MILLIS);
        Thread.sleep(900); // longer than the pause that ends an undo step when typing in the editor
        robot.write(" beginners", KEY_PAUSE_MILLIS);
        var area = tab.editorPane().editor().area();
        assertTrue(area.getText().contains("title: Old title for beginners\n"), area.getText());

        // Ctrl+Z in the field takes back the field's own typing, and the post follows the field.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        String afterFieldUndo = title.getText();
        assertTrue(
                !afterFieldUndo.equals("Old title for beginners") && afterFieldUndo.startsWith("Old title"),
                afterFieldUndo);
        assertEquals(afterFieldUndo, string(parse(area.getText()), "title"));
        robot.write(" beginners", KEY_PAUSE_MILLIS);
        String fieldText = title.getText();
        assertEquals(fieldText, string(parse(area.getText()), "title"));

        // Leaving the field closes the step: one Ctrl+Z in the editor takes back the whole session.
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(POST, area.getText());
        UiTests.waitUntil(20, () -> title.getText().equals("Old title"));
    }

    @Test
    void tagsChipsAutocompleteSlugLockAndDatePickerKeepEveryChange(FxRobot robot) throws Exception {
        PostTabView tab = open(robot, post);
        machine.hogCores();
        var area = tab.editorPane().editor().area();

        // Autocomplete: the site's tag is offered while typing, and picking it adds it.
        TextField tagInput = field(robot, tab, "#tag-input", TextField.class);
        click(robot, tagInput).write("ferm", KEY_PAUSE_MILLIS);
        UiTests.waitUntil(
                10, () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu .menu-item").queryAs(Node.class));
        // A chip's x removes its tag.
        robot.clickOn(robot.from(tab.form()).lookup(".pw-chip-remove").queryAs(Node.class));
        assertEquals(List.of("sourdough", "fermentation"), list(parse(area.getText()), "tags"));

        // The slug follows the title while unlocked, and "Generate from title" fills it.
        click(robot, field(robot, tab, "#slug-lock", ToggleButton.class));
        retype(robot, tab, "title", "Rye and spelt");
        assertEquals("rye-and-spelt", string(parse(area.getText()), "slug"));
        click(robot, field(robot, tab, "#slug-lock", ToggleButton.class));
        retype(robot, tab, "slug", "custom");
        click(robot, field(robot, tab, "#slug-generate", Button.class));
        assertEquals("rye-and-spelt", string(parse(area.getText()), "slug"));

        // The date picker sets the day and keeps the written format.
        click(robot, field(robot, tab, "#date-pubDatetime", DatePicker.class));
        UiTests.waitUntil(10, () -> robot.lookup(".day-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".day-cell")
                .match((DateCell d) -> !d.getStyleClass().contains("previous-month")
                        && !d.getStyleClass().contains("next-month")
                        && "20".equals(d.getText()))
                .queryAs(Node.class));
        assertEquals("2025-03-20", string(parse(area.getText()), "pubDatetime"));
    }

    // ---- helpers ----

    private PostTabView open(FxRobot robot, Path file) {
        UiTests.waitUntil(30, () -> vm.posts().totalCount() > 0);
        robot.interact(() -> window.postTabs().open(file));
        UiTests.waitUntil(
                30,
                () -> window.postTabs()
                        .selectedView()
                        .filter(v -> v.viewModel()
                                .path()
                                .equals(file.toAbsolutePath().normalize()))
                        .isPresent());
        PostTabView tab = window.postTabs().selectedView().get();
        UiTests.waitUntil(
                30,
                () -> tab.viewModel().analysisProperty().get() != null
                        && tab.form().getScene() != null
                        && tab.editorPane().editor().area().getScene() != null);
        return tab;
    }

    /** Selects all of a text field's text and types the new value over it, a key at a time. */
    private static void retype(FxRobot robot, PostTabView tab, String name, String text) {
        TextInputControl control = field(robot, tab, "#field-" + name, TextInputControl.class);
        click(robot, control).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text, KEY_PAUSE_MILLIS);
        // The control is the writer's: what they typed, with the caret after it, whatever the analysis did.
        assertEquals(text, control.getText(), name);
        assertEquals(text.length(), control.getCaretPosition(), name + " caret");
    }

    /** Scrolls the form to the control, as a writer would, and clicks into it. */
    private static FxRobotInterface click(FxRobot robot, Node control) {
        robot.interact(() -> {
            Node n = control;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(control.localToScene(control.getBoundsInLocal()))
                        .getMinY();
                double room = content.getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            }
        });
        return robot.clickOn(control);
    }

    /** The form's control, once the form's scroll pane has been skinned and holds the rows. */
    private static <T extends Node> T field(FxRobot robot, PostTabView tab, String query, Class<T> type) {
        UiTests.waitUntil(
                10, () -> robot.from(tab.form()).lookup(query).tryQuery().isPresent());
        return robot.from(tab.form()).lookup(query).queryAs(type);
    }

    private void save(FxRobot robot, PostTabView tab) {
        robot.interact(() -> window.postTabs().saveSelected());
        UiTests.waitUntil(30, () -> !tab.viewModel().isDirty());
    }

    private static void waitForAnalysisOf(PostTabView tab) {
        UiTests.waitUntil(30, () -> {
            var a = tab.viewModel().analysisProperty().get();
            return a != null && a.text().equals(tab.viewModel().getText());
        });
    }

    private static FrontmatterDocument parse(String text) {
        return FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
    }

    private static String string(FrontmatterDocument doc, String key) {
        return doc.value(key).map(v -> ((YamlValue.Scalar) v).value()).orElse(null);
    }

    private static List<String> list(FrontmatterDocument doc, String key) {
        return doc.value(key)
                .map(v -> ((YamlValue.Sequence) v)
                        .items().stream()
                                .map(i -> ((YamlValue.Scalar) i).value())
                                .collect(Collectors.toList()))
                .orElse(List.of());
    }
}
