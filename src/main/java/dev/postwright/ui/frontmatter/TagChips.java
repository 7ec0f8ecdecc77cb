package dev.postwright.ui.frontmatter;

import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Tag chips with an input that autocompletes from the site's tags; Enter or comma adds, Backspace removes. */
final class TagChips extends VBox {

    private final FrontmatterFormViewModel vm;
    private final FieldModel row;
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final ContextMenu popup = new ContextMenu();

    TagChips(FrontmatterFormViewModel vm, FieldModel row) {
        this.vm = vm;
        this.row = row;
        chips.setId("field-" + row.name());
        input.setId("tag-input");
        input.setPromptText("add tag");
        input.setPrefColumnCount(10);
        Label notice = new Label();
        notice.getStyleClass().add(FormStyles.HINT);
        notice.textProperty().bind(vm.tagNotice());
        notice.visibleProperty().bind(vm.tagNotice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        chips.disableProperty().bind(row.editable().not());
        getChildren().addAll(chips, notice);
        setSpacing(2);
        row.tags().addListener((ListChangeListener<String>) c -> rebuild());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Commas are split off as the text changes, inside the change itself: a later event (runLater) could run
        // after the writer's next key and take it with the finished tag.
        input.setTextFormatter(new TextFormatter<String>(this::splitAtCommas));
        input.textProperty().addListener((o, old, text) -> suggest(text));
        input.focusedProperty().addListener((o, old, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        FormStyles.showProblems(row, chips);
        rebuild();
    }

    TextField input() {
        return input;
    }

    private void rebuild() {
        // The input stays in the pane so it keeps focus while chips come and go.
        chips.getChildren().removeIf(n -> n != input);
        if (!chips.getChildren().contains(input)) {
            chips.getChildren().add(input);
        }
        int at = 0;
        for (String tag : row.tags()) {
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add(FormStyles.CHIP_REMOVE);
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> row.tags().remove(tag));
            HBox chip = new HBox(2, new Label(tag), remove);
            chip.getStyleClass().add(FormStyles.CHIP);
            chips.getChildren().add(at++, chip);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            add(input.getText());
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty()) {
            vm.removeLastTag(row.name());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
        }
    }

    /** A typed or pasted comma finishes the tags before it; what follows the last comma stays in the input. */
    private TextFormatter.Change splitAtCommas(TextFormatter.Change change) {
        String next = change.getControlNewText();
        int comma = next.lastIndexOf(',');
        if (comma < 0 || !change.isContentChange()) {
            return change;
        }
        popup.hide();
        for (String part : next.substring(0, comma).split(",")) {
            if (!part.isBlank()) {
                vm.addTag(row.name(), part);
            }
        }
        String rest = next.substring(comma + 1).stripLeading();
        change.setRange(0, change.getControlText().length());
        change.setText(rest);
        change.selectRange(rest.length(), rest.length());
        return change;
    }

    private void suggest(String text) {
        if (text.isBlank() || !input.isFocused() || input.getScene() == null) {
            popup.hide();
            return;
        }
        popup.getItems().clear();
        for (String s : vm.suggestTags(text)) {
            MenuItem item = new MenuItem(s);
            item.setOnAction(e -> add(s));
            popup.getItems().add(item);
        }
        if (popup.getItems().isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing()) {
            popup.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private void add(String typed) {
        popup.hide();
        if (!typed.isBlank()) {
            vm.addTag(row.name(), typed);
        }
        input.clear();
        input.requestFocus();
    }
}
