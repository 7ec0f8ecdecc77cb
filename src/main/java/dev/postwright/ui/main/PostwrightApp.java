package dev.postwright.ui.main;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.spell.SpellPreferencesSection;
import dev.postwright.ui.spell.SpellSupport;
import dev.postwright.ui.theme.Themes;
import dev.postwright.workspace.EarlyPosts;
import dev.postwright.workspace.SiteSession;
import dev.postwright.workspace.post.SaveSupport;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.web.WebView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the window for the path handed over by the launcher, and remembers the session. */
public final class PostwrightApp extends Application {

    private static final Logger LOG = System.getLogger(PostwrightApp.class.getName());

    /** What the launcher hands over; JavaFX instantiates the Application itself, so this is the one static hand-off. */
    private static volatile Start pending;

    private ExecutorService background;
    private Start start;
    private Stage stage;
    private MainWindow window;
    private MainViewModel vm;
    private SessionState session;
    private Preferences preferences;
    private Themes themes;

    /**
     * Start-up parameters chosen by {@code app.DesktopMain}.
     *
     * @param sessionFile where the window session is stored
     * @param session the session read from it before the toolkit started
     * @param engine the markdown engine, being built off the FX thread while the toolkit starts
     * @param early the posts of a large site listed from their front matter while {@code loading} reads them all
     */
    public record Start(
            Path toOpen,
            Clock clock,
            Path sessionFile,
            SessionState session,
            Preferences preferences,
            CompletableFuture<MarkdownEngine> engine,
            CompletableFuture<SiteSession> loading,
            EarlyPosts early) {}

    /** Launches the application and blocks until the window closes. */
    public static void start(Start start) {
        pending = Objects.requireNonNull(start);
        Application.launch(PostwrightApp.class);
    }

    @Override
    public void start(Stage stage) {
        this.start = Objects.requireNonNull(pending, "PostwrightApp.start(Start) must be used to launch");
        this.stage = stage;
        this.session = start.session();
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "postwright-worker");
            t.setDaemon(true);
            return t;
        });
        preferences = start.preferences();
        themes = new Themes();
        themes.follow(preferences.themeProperty());
        vm = new MainViewModel(
                background,
                start.clock(),
                start.engine().join(),
                SaveSupport.in(start.sessionFile().getParent()));
        window = new MainWindow(stage, vm, url -> getHostServices().showDocument(url));
        window.usePreferences(preferences, themes.darkProperty());
        vm.setBaseConfig(preferences::siteDefaults);
        stage.setScene(buildScene(window));
        stage.setTitle("Postwright");
        // decoded off the FX thread: three PNGs read here held the first frame back by ~0.1 s
        background.execute(() -> {
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {32, 64, 256}) {
                var icon = PostwrightApp.class.getResource("/dev/postwright/ui/main/postwright-" + size + ".png");
                if (icon != null) {
                    icons.add(new Image(icon.toExternalForm()));
                }
            }
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
        restoreBounds();
        window.setRecentSites(session.recentSites());
        window.postTabs().setDividerDefaults(session.previewDivider(), session.problemsDivider());
        stage.show();
        window.split().setDividerPositions(session.sidebarDivider());
        // WebKit's first start is slow; begin it now, while the site loads in the background.
        Platform.runLater(() -> new WebView().getEngine());
        SpellSupport spelling = new SpellSupport(preferences.file().getParent());
        window.setPreferenceSections(d -> SpellPreferencesSection.addTo(d, spelling));
        vm.sessionProperty().addListener((o, old, opened) -> {
            if (opened != null) {
                spelling.attach(opened);
                session = session.withSiteOpened(opened.site().root());
                window.setRecentSites(session.recentSites());
            }
        });
        vm.open(start.toOpen(), start.loading(), start.early()).thenAccept(this::reopenTabs);
    }

    /** Opens the file that was asked for, or the tabs the writer had open in this site last time. */
    private void reopenTabs(SiteSession opened) {
        window.postTabs().offerRecovery(opened);
        Path asked = start.toOpen();
        if (!Files.isDirectory(asked)) {
            window.postTabs().open(asked);
            return;
        }
        if (!session.openTabs().isEmpty()
                && session.openTabs().get(0).startsWith(opened.site().root())) {
            for (Path tab : session.openTabs()) {
                if (Files.isRegularFile(tab)) {
                    window.postTabs().open(tab);
                }
            }
            session.selectedTab().filter(Files::isRegularFile).ifPresent(window.postTabs()::open);
        }
    }

    /** Last session's size and place, kept inside the screen the window will show on (a smaller screen shrinks it). */
    private void restoreBounds() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(session.width(), screen.getWidth());
        double height = Math.min(session.height(), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        boolean placed = !Double.isNaN(session.x())
                && !Double.isNaN(session.y())
                && Screen.getScreensForRectangle(session.x(), session.y(), width, height)
                                .size()
                        > 0;
        if (placed) {
            stage.setX(session.x());
            stage.setY(session.y());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        stage.setMaximized(session.maximized());
    }

    /** Builds the scene: also used by UI tests that drive the real window. */
    public static Scene buildScene(Stage stage, MainViewModel vm, Consumer<String> openExternal) {
        return buildScene(new MainWindow(stage, vm, openExternal));
    }

    /** Wraps a window in a scene with the app's stylesheet. */
    public static Scene buildScene(MainWindow window) {
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets()
                .add(Objects.requireNonNull(PostwrightApp.class.getResource("/dev/postwright/ui/main/app.css"))
                        .toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (window != null) {
            saveSession();
        }
        if (background != null) {
            background.shutdownNow();
        }
        Platform.exit();
    }

    private void saveSession() {
        List<Path> tabs = new ArrayList<>();
        window.postTabs().views().forEach(v -> tabs.add(v.viewModel().path()));
        Optional<Path> selected =
                window.postTabs().selectedView().map(v -> v.viewModel().path());
        double[] tabDividers = window.postTabs().dividerDefaults();
        double[] sidebar = window.split().getDividerPositions();
        SessionState state = new SessionState(
                session.recentSites(),
                tabs,
                selected,
                stage.getX(),
                stage.getY(),
                stage.getWidth(),
                stage.getHeight(),
                stage.isMaximized(),
                sidebar.length > 0 ? sidebar[0] : session.sidebarDivider(),
                tabDividers[0],
                tabDividers[1]);
        try {
            state.save(start.sessionFile());
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "could not remember the window session in " + start.sessionFile() + ": " + e.getMessage());
        }
    }
}
