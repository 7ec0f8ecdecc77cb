package dev.postwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClearFillsUiTest {

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 10, 10));
    }

    private static Background fill(Color c) {
        return new Background(new BackgroundFill(c, null, null));
    }

    @Test
    void aTransparentOnlyBackgroundIsDroppedNowAndWhenItComesBack(FxRobot robot) {
        robot.interact(() -> {
            SplitPane split = new SplitPane(new StackPane(), new StackPane());
            split.setBackground(fill(Color.TRANSPARENT));
            ClearFills.on(split);
            assertNull(split.getBackground(), "dropped at once");
            split.setBackground(fill(Color.rgb(0, 0, 0, 0)));
            assertNull(split.getBackground(), "dropped again when the theme sets it again");
        });
    }

    @Test
    void aVisibleBackgroundStays(FxRobot robot) {
        robot.interact(() -> {
            SplitPane split = ClearFills.on(new SplitPane());
            Background white = fill(Color.WHITE);
            split.setBackground(white);
            assertEquals(white, split.getBackground());
            Background halfAndClear = new Background(
                    new BackgroundFill(Color.TRANSPARENT, null, null),
                    new BackgroundFill(Color.rgb(10, 10, 10, 0.5), null, null));
            split.setBackground(halfAndClear);
            assertEquals(halfAndClear, split.getBackground(), "one fill shows: the background stays whole");
            assertTrue(ClearFills.invisible(fill(Color.TRANSPARENT)));
            assertFalse(ClearFills.invisible(white));
            assertFalse(ClearFills.invisible(Background.EMPTY));
        });
    }

    @Test
    void aScrollPanesViewportLosesItsTransparentBackgroundOnceTheSkinMadeIt(FxRobot robot) throws Exception {
        Path css = tmp.resolve("theme.css");
        Files.writeString(css, ".viewport { -fx-background-color: transparent; }"); // as AtlantaFX paints it
        robot.interact(() -> {
            ScrollPane scroll = ClearFills.on(new ScrollPane(new Label("text")));
            VBox root = new VBox(scroll);
            new Scene(root, 200, 100).getStylesheets().add(css.toUri().toString());
            root.applyCss();
            Region viewport = (Region) scroll.lookup(".viewport");
            assertNotNull(viewport, "the skin made a viewport");
            assertNull(viewport.getBackground(), "its transparent background is gone");
        });
    }
}
