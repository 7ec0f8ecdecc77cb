package dev.postwright.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.postwright.TestPools;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.ResolvedImage;
import dev.postwright.render.UrlText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 item 7 in the real WebView: with remote content off the preview requests nothing from a logging server
 * on 127.0.0.1, whatever the post's raw HTML asks for; the same page with remote content on does request it, which
 * shows the server would have seen the requests.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewNetworkUiTest {
    private static final PageTemplate TEMPLATE = new PageTemplate();
    private static final PreviewRenderer RENDERER = new PreviewRenderer(new MarkdownEngine(), TEMPLATE);
    private static final RenderOptions OFFLINE = RenderOptions.of(src -> UrlText.isRemote(src)
            ? new ResolvedImage.Remote(src, UrlText.host(src))
            : new ResolvedImage.Missing(src, src));

    private PreviewPane pane;
    private HttpServer server;
    private ExecutorService threads;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(TEMPLATE);
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        threads = TestPools.daemon(2, "logging-server");
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        threads.shutdownNow();
    }

    private String hostilePost() {
        String b = base;
        return "Text.\n\n![md](" + b + "/md.png)\n\n"
                + "<img src=\"" + b + "/img.png\" srcset=\"" + b + "/srcset.png 2x\">\n\n"
                + "<p style=\"background-image:url(" + b + "/inline-style.png)\">styled</p>\n\n"
                + "<style>body { background: url(" + b + "/style-element.png) }</style>\n\n"
                + "<video poster=\"" + b + "/poster.png\" src=\"" + b + "/video.mp4\"></video>\n\n"
                + "<audio src=\"" + b + "/audio.mp3\" autoplay></audio>\n\n"
                + "<video><source src=\"" + b + "/source.webm\"></video>\n\n"
                + "<input type=\"image\" src=\"" + b + "/input.png\">\n\n"
                + "<table background=\"" + b + "/table.png\"><tr><td>t</td></tr></table>\n\n"
                + "<svg><image href=\"" + b + "/svg-image.png\" width=\"10\" height=\"10\"/></svg>\n\n"
                + "<link rel=\"stylesheet\" href=\"" + b + "/link.css\">\n\n"
                + "<picture><source srcset=\"" + b + "/picture.webp\"><img src=\"" + b + "/picture.png\"></picture>\n\n"
                + "<iframe src=\"" + b + "/frame.html\"></iframe>\n\n"
                + "<object data=\"" + b + "/object\"></object><embed src=\"" + b + "/embed\">\n";
    }

    private void show(FxRobot robot, String body, RenderOptions options) throws Exception {
        PreviewContent c = RENDERER.render(null, body, 1, 0, options);
        robot.interact(() -> pane.setContent(c));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(pane::isReady).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void remoteContentOffMeansNoRequestAtAll(FxRobot robot) throws Exception {
        show(robot, hostilePost(), OFFLINE);
        // Then a page with remote content on and one image: once that request arrives, any request the first page
        // made would have arrived too.
        show(robot, "![control](" + base + "/control.png)\n", OFFLINE.withLoadRemoteContent(true));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> requests.contains("/control.png"));
        Thread.sleep(300);
        assertEquals(List.of("/control.png"), List.copyOf(requests));
    }

    @Test
    void remoteContentOnLoadsRemoteImages(FxRobot robot) throws Exception {
        show(robot, "![a](" + base + "/on.png)\n", OFFLINE.withLoadRemoteContent(true));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> requests.contains("/on.png"));
        assertTrue(requests.contains("/on.png"));
    }

    /** Defence in depth: even content that skipped the sanitiser loads nothing remote while remote content is off. */
    @Test
    void theShellsCspBlocksRemoteLoadsWhenRemoteContentIsOff(FxRobot robot) throws Exception {
        String unsanitised =
                "<img src=\"" + base + "/csp-img.png\"><p style=\"background:url(" + base + "/csp-style.png)\">x</p>";
        robot.interact(() -> pane.setContent(new PreviewContent("", unsanitised, false)));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(pane::isReady).get());
        show(robot, "![control](" + base + "/control.png)\n", OFFLINE.withLoadRemoteContent(true));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> requests.contains("/control.png"));
        Thread.sleep(300);
        assertEquals(List.of("/control.png"), List.copyOf(requests), "the shell was reloaded with the other CSP");
    }
}
