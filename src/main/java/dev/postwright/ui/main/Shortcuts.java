package dev.postwright.ui.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard cheat sheet (F1). The same table is in the README. */
public final class Shortcuts {

    /** Every shortcut with what it does, in the order the README lists them. */
    public static final List<String[]> ALL = List.of(
            new String[] {"Ctrl+N", "New post"},
            new String[] {"Ctrl+O", "Open a site folder"},
            new String[] {"Ctrl+Shift+O", "Open a single post file"},
            new String[] {"Ctrl+S", "Save (asks first when the post has errors)"},
            new String[] {"Ctrl+Shift+S", "Save all"},
            new String[] {"Ctrl+W", "Close tab"},
            new String[] {"Ctrl+Q", "Quit"},
            new String[] {"Ctrl+,", "Preferences"},
            new String[] {"Ctrl+P", "Filter posts in the sidebar"},
            new String[] {"Ctrl+Shift+P", "Problems of the whole site"},
            new String[] {"Ctrl+Shift+L", "Check the post's links online"},
            new String[] {"Ctrl+F / Ctrl+H", "Find / find and replace"},
            new String[] {"F3 / Shift+F3", "Next / previous match"},
            new String[] {"Ctrl+Shift+F", "Search (and replace) across every post of the site"},
            new String[] {"Ctrl+Alt+O", "Outline of the post: show / hide"},
            new String[] {"Ctrl+Shift+T", "Tags of the site: counts, rename, merge"},
            new String[] {"Ctrl+Alt+U", "Mark the post as updated (sets modDatetime / lastmod / last_modified_at)"},
            new String[] {"Ctrl+Alt+D", "Git: the post's changes since the last commit (sites in a git repository)"},
            new String[] {"Ctrl+Alt+C", "Git: commit posts and their images"},
            new String[] {"Ctrl+Z / Ctrl+Y", "Undo / redo"},
            new String[] {"Ctrl+B / Ctrl+I", "Bold / italic"},
            new String[] {"Ctrl+`", "Inline code"},
            new String[] {
                "Ctrl+K", "Link to a post, a heading or an image (the link picker; also on typing ](; Esc closes)"
            },
            new String[] {"Ctrl+1 … Ctrl+6, Ctrl+0", "Heading level, or none"},
            new String[] {"Ctrl+Shift+8 / Ctrl+Shift+7", "Bulleted / numbered list"},
            new String[] {"Ctrl+V (image on the clipboard)", "Copy the image into the site and link it"},
            new String[] {"F6 / Shift+F6", "Next / previous pane: posts, form, editor, preview, problems, outline"},
            new String[] {"F1", "This list"});

    private Shortcuts() {}

    public static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (String[] s : ALL) {
            Label keys = new Label(s[0]);
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, keys, new Label(s[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
