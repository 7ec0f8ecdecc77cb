package dev.postwright.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneUiTest {
    private static final PageTemplate TEMPLATE = new PageTemplate();
    private static final PreviewRenderer RENDERER = new PreviewRenderer(new MarkdownEngine(), TEMPLATE);

    PreviewPane pane;
    final List<String> external = new CopyOnWriteArrayList<>();
    final List<String> internal = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(TEMPLATE);
        pane.setOnExternalLink(external::add);
        pane.setOnInternalLink(internal::add);
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    private void show(FxRobot robot, String body) throws Exception {
        PreviewContent c = RENDERER.render(null, body, 1, 0, PreviewRendererTest.OPTIONS);
        robot.interact(() -> pane.setContent(c));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fxGet(robot, pane::isReady));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fxGet(FxRobot robot, Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Object js(FxRobot robot, String script) {
        return fxGet(robot, () -> pane.getEngine().executeScript(script));
    }

    private double number(FxRobot robot, String script) {
        return ((Number) js(robot, script)).doubleValue();
    }

    /** Paragraphs one blank line apart: paragraph i sits on line 2i+1. */
    private static String longDocument(int paragraphs, String marker) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            sb.append("Paragraph ").append(i).append(' ').append(marker).append(" with some words.\n\n");
        }
        return sb.toString();
    }

    @Test
    void showsRenderedContent(FxRobot robot) throws Exception {
        show(robot, "Hello **preview**.\n");
        assertTrue(fxGet(robot, pane::contentHtml).contains("<strong>preview</strong>"));
    }

    @Test
    void swappingContentKeepsScrollPosition(FxRobot robot) throws Exception {
        show(robot, longDocument(200, "a"));
        js(robot, "window.scrollTo(0, 2000)");
        double before = number(robot, "window.scrollY");
        assertEquals(2000, before, 1);
        show(robot, longDocument(200, "b"));
        assertTrue(fxGet(robot, pane::contentHtml).contains("Paragraph 0 b"));
        assertEquals(before, number(robot, "window.scrollY"), 0.5);
    }

    @Test
    void linksDoNotNavigate(FxRobot robot) throws Exception {
        show(robot, "[out](https://example.com/) and [other](/posts/other/) and [up](#top)\n");
        String location = fxGet(robot, () -> pane.getEngine().getLocation());
        js(robot, "document.querySelector('a[href=\"https://example.com/\"]').click()");
        js(
                robot,
                "document.querySelector('a[href=\"/posts/other/\"]')"
                        + ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(location, fxGet(robot, () -> pane.getEngine().getLocation()));
        assertEquals(List.of("https://example.com/"), external);
        assertEquals(List.of("/posts/other/"), internal);
        assertTrue(fxGet(robot, pane::contentHtml).contains("example.com"), "page still shows the post");
    }

    @Test
    void pageScriptsDoNotRun(FxRobot robot) throws Exception {
        String before = (String) js(robot, "document.title");
        show(robot, "<script>document.title='pwned'</script>\n\n<img src=x onerror=\"document.title='pwned'\">\n");
        // Also inject unsanitised markup straight into the page: the CSP must still stop it.
        js(
                robot,
                "document.getElementById('pw-content').insertAdjacentHTML('beforeend',"
                        + "'<img src=\"nope.png\" onerror=\"document.title=\\'pwned\\'\">')");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(before, js(robot, "document.title"));
        assertFalse("pwned".equals(js(robot, "document.title")));
    }

    @Test
    void scrollToLinePutsThatBlockAtTheTop(FxRobot robot) throws Exception {
        show(robot, longDocument(200, "a"));
        robot.interact(() -> pane.scrollToLine(101)); // paragraph 50
        WaitForAsyncUtils.waitForFxEvents();
        double top = number(robot, "document.querySelector('[data-line=\"101\"]').getBoundingClientRect().top");
        assertTrue(Math.abs(top) <= 3, "top was " + top);
        assertTrue(number(robot, "window.scrollY") > 0);
    }

    @Test
    void userScrollUpdatesTopLine(FxRobot robot) throws Exception {
        show(robot, longDocument(200, "a"));
        js(
                robot,
                "window.scrollTo(0, document.querySelector('[data-line=\"161\"]').getBoundingClientRect().top"
                        + " + window.scrollY)");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> fxGet(robot, () -> pane.topLineProperty().get()) == 161);
    }

    @Test
    void programmaticScrollDoesNotEcho(FxRobot robot) throws Exception {
        show(robot, longDocument(200, "a"));
        int before = fxGet(robot, () -> pane.topLineProperty().get());
        robot.interact(() -> pane.scrollToLine(81));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, (int) fxGet(robot, () -> pane.topLineProperty().get()));
    }

    @Test
    void anchorLinksScrollInsideThePreview(FxRobot robot) throws Exception {
        show(robot, "[down](#far-heading)\n\n" + longDocument(100, "a") + "## Far heading\n\n" + longDocument(20, "b"));
        js(robot, "document.querySelector('a[href=\"#far-heading\"]').click()");
        WaitForAsyncUtils.waitForFxEvents();
        double top = number(robot, "document.getElementById('far-heading').getBoundingClientRect().top");
        assertTrue(Math.abs(top) <= 3, "top was " + top);
        assertTrue(external.isEmpty() && internal.isEmpty());
    }

    @Test
    void darkModeTogglesWithoutReload(FxRobot robot) throws Exception {
        show(robot, longDocument(100, "a"));
        js(robot, "window.scrollTo(0, 1000)");
        robot.interact(() -> pane.setDark(true));
        assertEquals(Boolean.TRUE, js(robot, "document.documentElement.classList.contains('pw-dark')"));
        assertEquals(1000, number(robot, "window.scrollY"), 1);
        robot.interact(() -> pane.setDark(false));
        assertEquals(Boolean.FALSE, js(robot, "document.documentElement.classList.contains('pw-dark')"));
    }

    @Test
    void contentSetBeforeTheShellLoadsIsAppliedOnLoad(FxRobot robot) throws Exception {
        PreviewContent c = RENDERER.render(null, "Early *bird*.\n", 1, 0, PreviewRendererTest.OPTIONS);
        PreviewPane fresh = fxGet(robot, () -> {
            PreviewPane p = new PreviewPane(TEMPLATE);
            p.setContent(c); // the shell is still loading
            p.scrollToLine(1);
            pane.getScene().setRoot(p);
            return p;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fxGet(robot, fresh::isReady));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fxGet(robot, fresh::contentHtml).contains("<em>bird</em>"));
    }

    @Test
    void navigatingAwayBringsTheShellBack(FxRobot robot) throws Exception {
        show(robot, "Still *here*.\n");
        String location = fxGet(robot, () -> pane.getEngine().getLocation());
        js(robot, "window.location.href = 'about:blank#gone'");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fxGet(robot, pane::isReady)
                        && location.equals(fxGet(robot, () -> pane.getEngine().getLocation()))
                        && fxGet(robot, pane::contentHtml).contains("<em>here</em>"));
    }

    @Test
    void imageLoadingAboveTheSyncedLineDoesNotMoveIt(FxRobot robot) throws Exception {
        show(robot, longDocument(200, "a"));
        robot.interact(() -> pane.scrollToLine(101));
        // A 10x600 PNG: 600 px taller once it has loaded, pushing line 101 down unless re-synced.
        js(
                robot,
                "var c = document.createElement('canvas'); c.width = 10; c.height = 600;"
                        + "var img = document.createElement('img'); img.id = 'late'; img.src = c.toDataURL('image/png');"
                        + "document.getElementById('pw-content').insertBefore(img, document.getElementById('pw-content').firstChild);");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> number(robot, "document.getElementById('late').getBoundingClientRect().height") > 100);
        WaitForAsyncUtils.waitForFxEvents();
        double top = number(robot, "document.querySelector('[data-line=\"101\"]').getBoundingClientRect().top");
        assertTrue(Math.abs(top) <= 3, "top was " + top);
    }

    @Test
    void followsAViewModel(FxRobot robot) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            PreviewViewModel vm = fxGet(robot, () -> new PreviewViewModel(RENDERER, executor));
            robot.interact(() -> {
                pane.contentProperty().bind(vm.contentProperty());
                vm.request(new PreviewRequest(null, "Typed *one*", 1, 0, PreviewRendererTest.OPTIONS));
                vm.request(new PreviewRequest(null, "Typed *two*", 1, 0, PreviewRendererTest.OPTIONS));
            });
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> fxGet(robot, pane::isReady)
                            && fxGet(robot, pane::contentHtml).contains("<em>two</em>"));
        } finally {
            executor.shutdownNow();
        }
    }

    /** What the page's own parser makes of {@code bodyHtml}: what replacing the whole content would show. */
    private String parsed(FxRobot robot, String bodyHtml) {
        js(
                robot,
                "window.pwParsedForTest = function (h) {"
                        + " var d = document.createElement('article'); d.innerHTML = h; return d.innerHTML; }");
        return fxGet(
                robot,
                () -> (String) ((netscape.javascript.JSObject) pane.getEngine().executeScript("window"))
                        .call("pwParsedForTest", bodyHtml));
    }

    /** Tags every top-level paragraph now in the page, so a later check can tell kept nodes from new ones. */
    private void markParagraphs(FxRobot robot) {
        js(
                robot,
                "Array.prototype.forEach.call(document.querySelectorAll('#pw-content > p'),"
                        + " function (p, i) { p.pwMark = i; })");
    }

    private int markedParagraphs(FxRobot robot) {
        return (int) number(
                robot,
                "Array.prototype.filter.call(document.querySelectorAll('#pw-content > p'),"
                        + " function (p) { return p.pwMark !== undefined; }).length");
    }

    @Test
    void anEditReplacesOnlyTheBlockItChanged(FxRobot robot) throws Exception {
        String before = longDocument(60, "a");
        show(robot, before);
        markParagraphs(robot);
        String after = before.replace("Paragraph 30 a", "Paragraph 30 b");
        show(robot, after);
        String expected = parsed(
                robot,
                RENDERER.render(null, after, 1, 0, PreviewRendererTest.OPTIONS).bodyHtml());
        assertEquals(expected, fxGet(robot, pane::contentHtml));
        assertEquals(59, markedParagraphs(robot));
        assertEquals(Boolean.TRUE, js(robot, "document.querySelectorAll('#pw-content > p')[30].pwMark === undefined"));
    }

    @Test
    void blocksBelowAnAddedLineAreRenumberedInPlace(FxRobot robot) throws Exception {
        String before = longDocument(60, "a");
        show(robot, before);
        markParagraphs(robot);
        String after = "A new first paragraph.\n\n" + before; // every block below moves down two lines
        show(robot, after);
        String expected = parsed(
                robot,
                RENDERER.render(null, after, 1, 0, PreviewRendererTest.OPTIONS).bodyHtml());
        assertEquals(expected, fxGet(robot, pane::contentHtml));
        assertTrue(expected.contains("data-line=\"121\""), expected.substring(0, 200));
        assertEquals(60, markedParagraphs(robot));
    }

    @Test
    void aDifferentPostReplacesEverything(FxRobot robot) throws Exception {
        show(robot, longDocument(60, "a"));
        markParagraphs(robot);
        String other = longDocument(40, "b");
        show(robot, other);
        assertEquals(
                parsed(
                        robot,
                        RENDERER.render(null, other, 1, 0, PreviewRendererTest.OPTIONS)
                                .bodyHtml()),
                fxGet(robot, pane::contentHtml));
        assertEquals(0, markedParagraphs(robot));
    }

    @Test
    void headerChangesAreShown(FxRobot robot) throws Exception {
        robot.interact(() -> pane.setContent(new PreviewContent("<h1>First title</h1>", "<p>Body</p>")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fxGet(robot, pane::isReady));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> pane.setContent(new PreviewContent("<h1>Second title</h1>", "<p>Body</p>")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("<h1>Second title</h1>", js(robot, "document.getElementById('pw-header').innerHTML"));
        assertEquals("<p>Body</p>", fxGet(robot, pane::contentHtml));
    }
}
