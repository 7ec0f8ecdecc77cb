package dev.postwright.ui.spell;

import dev.postwright.post.PostWriteException;
import dev.postwright.spell.Misspelling;
import dev.postwright.ui.Debouncer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Red squiggles under the misspelt words of a form text field (title, description, other prose fields), and
 * their suggestions, "Add to Site Dictionary" and "Ignore in This Post" in its context menu. The check runs on
 * the tab's worker after a short pause in typing; the squiggles are drawn in an overlay beside the field that
 * takes no mouse events. The field's text is never set, except by a suggestion the writer picks, which replaces
 * only that word.
 */
public final class SpellUnderlines {

    private static final Duration PAUSE = Duration.millis(150);

    private final TextInputControl control;
    private final String field;
    private final Pane overlay = new Pane();
    private final Rectangle clip = new Rectangle();
    /** The field's bounds the overlay was last placed at. */
    private Bounds placedAt;

    private final Path squiggles = new Path();
    private final Debouncer pause = new Debouncer(PAUSE, this::check);
    private final ContextMenu menu = new ContextMenu();
    private List<Misspelling> found = List.of();
    private String checkedText = "";
    private int generation;
    private int menuOffset = -1;
    private boolean overlayMoveQueued;

    private SpellUnderlines(TextInputControl control, String field) {
        this.control = control;
        this.field = field;
        overlay.setManaged(false);
        overlay.setClip(clip);
        overlay.setMouseTransparent(true);
        overlay.getStyleClass().add("pw-spell-overlay");
        squiggles.getStyleClass().add("pw-spell-squiggle");
        squiggles.setStyle("-fx-stroke: #d32f2f; -fx-stroke-width: 1;");
        overlay.getChildren().add(squiggles);
        control.textProperty().addListener((o, a, b) -> {
            found = List.of(); // positions of the old text are wrong now; the check that follows draws again
            draw();
            pause.restart();
        });
        InvalidationListener redraw = o -> draw();
        control.boundsInParentProperty().addListener(redraw);
        control.caretPositionProperty().addListener(redraw); // a long title scrolls inside its field
        control.skinProperty().addListener(redraw);
        if (control instanceof TextArea area) {
            area.scrollTopProperty().addListener(redraw);
            area.scrollLeftProperty().addListener(redraw);
        }
        control.parentProperty().addListener((o, old, parent) -> moveOverlay(old, parent));
        control.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                pause.restart();
            }
        });
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menuOffset = indexAt(e.getX(), e.getY());
                showMenu(e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        control.setOnContextMenuRequested(e -> {
            e.consume();
            if (!menu.isShowing()) {
                menuOffset = e.isKeyboardTrigger() ? control.getCaretPosition() : indexAt(e.getX(), e.getY());
                showMenu(e.getScreenX(), e.getScreenY());
            }
        });
        moveOverlay(null, control.getParent());
    }

    /**
     * Checks the spelling of a form field named {@code field} (checked only if the site counts it as prose).
     * Returns the decorator, for tests.
     */
    public static SpellUnderlines attach(TextInputControl control, String field) {
        return new SpellUnderlines(control, field);
    }

    /** The misspelt words shown now (offsets in the field's text). */
    public List<Misspelling> misspellings() {
        return found;
    }

    /**
     * Keeps the overlay beside the field, in the field's parent. Deferred: changing a parent's children while
     * that parent is adding or removing the field (a form laying its rows out again) corrupts the scene.
     */
    private void moveOverlay(Parent old, Parent parent) {
        if (overlayMoveQueued) {
            return;
        }
        overlayMoveQueued = true;
        Platform.runLater(() -> {
            overlayMoveQueued = false;
            Parent now = control.getParent();
            if (overlay.getParent() instanceof Pane p && p != now) {
                p.getChildren().remove(overlay);
            }
            if (now instanceof Pane p && !p.getChildren().contains(overlay)) {
                p.getChildren().add(overlay);
            }
            draw();
        });
    }

    private SpellContext context() {
        for (Node n = control; n != null; n = n.getParent()) {
            if (n.getProperties().get(SpellContext.KEY) instanceof SpellContext c) {
                return c;
            }
        }
        return null;
    }

    private void check() {
        SpellContext ctx = context();
        if (ctx == null) {
            return;
        }
        String text = control.getText() == null ? "" : control.getText();
        SpellContext.Snapshot snapshot = ctx.snapshot();
        int mine = ++generation;
        try {
            ctx.worker().execute(() -> {
                List<Misspelling> result = ctx.check(snapshot, field, text);
                Platform.runLater(() -> {
                    if (mine == generation && text.equals(control.getText())) {
                        found = result;
                        checkedText = text;
                        draw();
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            // the tab closed
        }
    }

    /**
     * Lays the squiggles over the field. Runs at each keystroke in the field (its text and its caret change):
     * what did not change is not set again, so a keystroke in a word-free stretch repaints nothing here.
     */
    private void draw() {
        List<PathElement> elements = new ArrayList<>();
        Bounds b = control.getBoundsInParent();
        if (!b.equals(placedAt)) {
            placedAt = b;
            overlay.resizeRelocate(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            clip.setWidth(b.getWidth());
            clip.setHeight(b.getHeight());
        }
        if (!found.isEmpty() && checkedText.equals(control.getText())) {
            for (Misspelling m : found) {
                Rectangle2D first = bounds(m.start());
                Rectangle2D last = bounds(m.end() - 1);
                if (first == null || last == null || Math.abs(first.getMaxY() - last.getMaxY()) > 1) {
                    continue; // wrapped across lines: skip rather than draw across the field
                }
                Squiggle.add(elements, first.getMinX(), last.getMaxX(), first.getMaxY() - 1);
            }
        }
        if (!(elements.isEmpty() && squiggles.getElements().isEmpty())) {
            squiggles.getElements().setAll(elements);
        }
    }

    private Rectangle2D bounds(int index) {
        if (index < 0 || index >= control.getLength()) {
            return null;
        }
        if (control.getSkin() instanceof TextFieldSkin s) {
            return s.getCharacterBounds(index);
        }
        if (control.getSkin() instanceof TextAreaSkin s) {
            return s.getCharacterBounds(index);
        }
        return null;
    }

    private int indexAt(double x, double y) {
        if (control.getSkin() instanceof TextFieldSkin s) {
            return s.getIndex(x, y).getInsertionIndex();
        }
        if (control.getSkin() instanceof TextAreaSkin s) {
            return s.getIndex(x, y).getInsertionIndex();
        }
        return control.getCaretPosition();
    }

    private void showMenu(double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items(menuOffset));
        menu.show(control, screenX, screenY);
    }

    /** Suggestions and dictionary actions for the word at {@code offset}, then the usual editing items. */
    List<MenuItem> items(int offset) {
        List<MenuItem> items = new ArrayList<>();
        Misspelling m = found.stream()
                .filter(w -> offset >= w.start() && offset <= w.end())
                .findFirst()
                .orElse(null);
        SpellContext ctx = context();
        if (m != null && ctx != null && checkedText.equals(control.getText())) {
            for (String s : m.suggestions().stream().limit(5).toList()) {
                MenuItem fix = new MenuItem(s);
                fix.getStyleClass().add("pw-spell-suggestion");
                fix.setOnAction(a -> control.replaceText(m.start(), m.end(), s));
                items.add(fix);
            }
            MenuItem add = new MenuItem("Add '" + m.word() + "' to Site Dictionary");
            add.getStyleClass().add("pw-spell-add");
            add.setOnAction(a -> {
                forget(m.word());
                ctx.worker().execute(() -> {
                    try {
                        ctx.addToSiteDictionary(m.word());
                    } catch (PostWriteException ex) {
                        Platform.runLater(() -> control.setTooltip(new Tooltip(ex.getMessage())));
                    }
                });
            });
            MenuItem ignore = new MenuItem("Ignore '" + m.word() + "' in This Post");
            ignore.getStyleClass().add("pw-spell-ignore");
            ignore.setOnAction(a -> {
                ctx.ignore(m.word());
                forget(m.word());
            });
            items.addAll(List.of(new SeparatorMenuItem(), add, ignore, new SeparatorMenuItem()));
        }
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(a -> control.cut());
        cut.setDisable(!control.isEditable());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(a -> control.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(a -> control.paste());
        paste.setDisable(!control.isEditable());
        MenuItem all = new MenuItem("Select All");
        all.setOnAction(a -> control.selectAll());
        items.addAll(List.of(cut, copy, paste, all));
        return items;
    }

    private void forget(String word) {
        found = found.stream().filter(w -> !w.word().equals(word)).toList();
        draw();
    }
}
