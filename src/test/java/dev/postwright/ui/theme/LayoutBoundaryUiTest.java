package dev.postwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LayoutBoundaryUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 10, 10));
    }

    /** A window-like column: a fixed header, then a region that takes the rest, as the editor does. */
    private static VBox column(Region middle) {
        Pane header = new Pane();
        header.setPrefHeight(40);
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox root = new VBox(header, middle);
        new Scene(root, 300, 200);
        root.applyCss();
        for (int pass = 0; pass < 3 && root.isNeedsLayout(); pass++) {
            root.layout(); // a first pass that sizes things asks for another, as a pulse would
        }
        return root;
    }

    @Test
    void theChildGetsTheBoundarysSpaceAndItsLayoutRequestsStopThere(FxRobot robot) {
        robot.interact(() -> {
            Pane child = new Pane();
            child.setPrefSize(50, 20); // its own preference does not size it: the space around it does
            LayoutBoundary boundary = new LayoutBoundary(child);
            VBox root = column(boundary);
            assertEquals(300, child.getWidth());
            assertEquals(160, child.getHeight());
            assertEquals(0, child.getLayoutX());

            assertFalse(root.isNeedsLayout(), "laid out");
            assertFalse(boundary.isNeedsLayout(), "boundary laid out");
            child.requestLayout();
            assertTrue(child.isNeedsLayout());
            assertFalse(root.isNeedsLayout(), "the window around it is not laid out again");
            assertFalse(boundary.isNeedsLayout());
            root.layout();
            assertFalse(child.isNeedsLayout(), "the pass still reaches the child");

            root.resize(400, 300); // the boundary's own size changes: the child follows
            root.layout();
            root.layout();
            assertEquals(400, child.getWidth());
            assertEquals(260, child.getHeight());
        });
    }

    @Test
    void withoutABoundaryTheSameRequestClimbsToTheRoot(FxRobot robot) {
        robot.interact(() -> {
            Pane child = new Pane();
            VBox root = column(new StackPane(child));
            assertFalse(root.isNeedsLayout(), "laid out");
            child.requestLayout();
            assertTrue(root.isNeedsLayout());
        });
    }
}
