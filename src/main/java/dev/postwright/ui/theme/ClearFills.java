package dev.postwright.ui.theme;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Drops the fully transparent backgrounds the theme gives containers that cover much of the window (split panes,
 * scroll panes and their viewports). JavaFX paints a transparent fill like any other: it blends nothing over
 * every pixel of the region that is repainted. In software rendering the split panes nested around the editor
 * cost about 3 ms of each keystroke's frame that way (bench/RESULTS.md, stop 16). A CSS rule cannot remove a
 * fill (a {@code null} colour becomes transparent), so the region's background is cleared in code whenever the
 * theme sets such a one; a theme that gives the region a visible background keeps it.
 */
public final class ClearFills {

    private ClearFills() {}

    /** Keeps {@code region} without transparent-only backgrounds from now on. */
    public static <R extends Region> R on(R region) {
        region.backgroundProperty().addListener((o, was, now) -> clearIfInvisible(region, now));
        clearIfInvisible(region, region.getBackground());
        if (region instanceof ScrollPane scroll) {
            // the viewport comes with the skin
            scroll.skinProperty().addListener((o, was, skin) -> {
                Node viewport = scroll.lookup(".viewport");
                if (viewport instanceof Region r && r != scroll) {
                    on(r);
                }
            });
        }
        return region;
    }

    static boolean invisible(Background b) {
        return b != null
                && !b.isEmpty()
                && b.getImages().isEmpty()
                && b.getFills().stream().allMatch(f -> f.getFill() instanceof Color c && c.getOpacity() == 0);
    }

    private static void clearIfInvisible(Region region, Background b) {
        if (invisible(b)) {
            region.setBackground(null);
        }
    }
}
