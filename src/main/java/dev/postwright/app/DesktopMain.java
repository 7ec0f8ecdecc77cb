package dev.postwright.app;

import dev.postwright.render.MarkdownEngine;
import dev.postwright.ui.main.PostwrightApp;
import dev.postwright.ui.main.SessionState;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.sitetree.PostListViewModel;
import dev.postwright.workspace.AppPaths;
import dev.postwright.workspace.EarlyPosts;
import dev.postwright.workspace.SiteScan;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Starts the window: decides what to open, then hands over to the JavaFX application. */
public final class DesktopMain {

    private DesktopMain() {}

    public static void launch(String[] args) {
        AppPaths paths = AppPaths.fromEnvironment();
        Path sessionFile = paths.dataDir().resolve("session.properties");
        SessionState session = SessionState.load(sessionFile);
        Preferences preferences = new Preferences(paths.dataDir()).load();
        // the site chosen in Preferences as the one to open when none is given, if it still exists
        Optional<Path> defaultSite = preferences.defaultSiteProperty().get().filter(Files::isDirectory);
        Path toOpen;
        if (args.length > 0) {
            toOpen = Path.of(args[0]).toAbsolutePath().normalize();
            if (!Files.exists(toOpen)) {
                System.err.println("postwright: " + toOpen + " does not exist. Give a site folder or a post file.");
                System.exit(2);
            }
        } else if (defaultSite.isPresent()) {
            toOpen = defaultSite.get();
        } else if (session.lastSite().filter(Files::isDirectory).isPresent()) {
            toOpen = session.lastSite().get();
        } else {
            try {
                toOpen = SampleSiteInstaller.ensureInstalled(paths);
            } catch (RuntimeException e) {
                System.err.println("postwright: " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        Clock clock = Clock.systemDefaultZone();
        // Build the markdown engine and read the site while the JavaFX toolkit starts: they take about as long as
        // each other, and building the engine here first would hold the toolkit back by ~0.1 s.
        Path site = toOpen;
        var base = preferences.siteDefaults();
        CompletableFuture<MarkdownEngine> engine = CompletableFuture.supplyAsync(MarkdownEngine::new);
        // The site's front matter is read first and listed while every post is read in full (issue 23).
        EarlyPosts early = new EarlyPosts();
        CompletableFuture<SiteScan> scanning = CompletableFuture.supplyAsync(() -> {
            PostListViewModel.prepareSorting();
            return SiteScan.scan(site, base, early);
        });
        CompletableFuture<SiteSession> loading =
                scanning.thenCombineAsync(engine, (scan, e) -> SiteSession.openIndexed(scan, e, clock));
        PostwrightApp.start(
                new PostwrightApp.Start(toOpen, clock, sessionFile, session, preferences, engine, loading, early));
    }
}
