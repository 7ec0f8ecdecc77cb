package dev.postwright.ui.spell;

import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/** A wavy line, as word processors draw under misspelt words. */
final class Squiggle {

    private static final double STEP = 2;

    private Squiggle() {}

    /** Adds a zig-zag from {@code x0} to {@code x1} along {@code y} to {@code path}. */
    static void add(List<PathElement> path, double x0, double x1, double y) {
        path.add(new MoveTo(x0, y));
        boolean up = true;
        for (double x = x0 + STEP; x <= x1; x += STEP) {
            path.add(new LineTo(x, up ? y - STEP / 2 : y + STEP / 2));
            up = !up;
        }
    }
}
