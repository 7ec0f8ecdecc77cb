package dev.postwright.ui.main;

import dev.postwright.render.MarkdownEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the window for the path handed over by the launcher. */
public final class PostwrightApp extends Application {

    /** What the launcher hands over; JavaFX instantiates the Application itself, so this is the one static hand-off. */
    private static volatile Start pending;

    private ExecutorService background;

    /** Start-up parameters chosen by {@code app.DesktopMain}. */
    public record Start(Path toOpen, Clock clock) {}

    /** Launches the application and blocks until the window closes. */
    public static void start(Start start) {
        pending = Objects.requireNonNull(start);
        Application.launch(PostwrightApp.class);
    }

    @Override
    public void start(Stage stage) {
        Start s = Objects.requireNonNull(pending, "PostwrightApp.start(Start) must be used to launch");
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "postwright-worker");
            t.setDaemon(true);
            return t;
        });
        MainViewModel vm = new MainViewModel(background, s.clock(), new MarkdownEngine());
        Scene scene = buildScene(stage, vm, url -> getHostServices().showDocument(url));
        stage.setScene(scene);
        stage.setTitle("Postwright");
        stage.show();
        vm.open(s.toOpen()).thenAccept(session -> {
            if (!java.nio.file.Files.isDirectory(s.toOpen())) {
                ((MainWindow) scene.getRoot()).postTabs().open(s.toOpen());
            }
        });
    }

    /** Builds the scene: also used by UI tests that drive the real window. */
    public static Scene buildScene(Stage stage, MainViewModel vm, java.util.function.Consumer<String> openExternal) {
        return buildScene(new MainWindow(stage, vm, openExternal));
    }

    /** Wraps a window in a scene with the app's stylesheet. */
    public static Scene buildScene(MainWindow window) {
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                PostwrightApp.class.getResource("/dev/postwright/ui/main/app.css")).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
