package dev.postwright.ui.wizard;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/**
 * Comma-separated tags with a pop-up of the site's tags matching the one being typed ("sourdough (3)").
 * Every edit goes to the view model, which notes any tag it respells to the site's spelling.
 */
final class TagField extends TextField {

    private final NewPostViewModel vm;
    private final ContextMenu suggestions = new ContextMenu();

    TagField(NewPostViewModel vm) {
        this.vm = vm;
        setPromptText("e.g. sourdough, baking");
        textProperty().addListener((o, was, now) -> {
            vm.setTagsText(now);
            if (isFocused()) {
                suggest();
            }
        });
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                suggestions.hide(); // the text stays as typed; the notes below say which spelling is written
            }
        });
    }

    /** The tag being typed: the text after the last comma. */
    private String fragment() {
        String text = getText();
        return text.substring(text.lastIndexOf(',') + 1).strip();
    }

    private void suggest() {
        String fragment = fragment();
        List<TagSuggestion> matches = fragment.isEmpty() ? List.of() : vm.tagSuggestions(fragment);
        if (matches.isEmpty() || matches.size() == 1 && matches.get(0).tag().equals(fragment)) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(matches.stream().map(this::item).toList());
        if (!suggestions.isShowing() && getScene() != null && getScene().getWindow() != null) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private MenuItem item(TagSuggestion s) {
        MenuItem item = new MenuItem(s.label());
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            String text = getText();
            int comma = text.lastIndexOf(',');
            String before = comma < 0 ? "" : text.substring(0, comma + 1) + " ";
            setText(before + s.tag() + ", ");
            positionCaret(getText().length());
            suggestions.hide();
        });
        return item;
    }
}
