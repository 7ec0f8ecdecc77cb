package dev.postwright.ui.frontmatter;

import dev.postwright.ui.spell.SpellUnderlines;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Builds the control of one form row, bound to its {@link FieldModel}; the focus target is the row's input. */
final class FieldControls {

    /** The node placed in the grid and the node that takes focus and shows problems. */
    record Built(Node node, Node focusTarget) {}

    private final FrontmatterFormViewModel vm;

    FieldControls(FrontmatterFormViewModel vm) {
        this.vm = vm;
    }

    Built build(FieldModel row) {
        Built built = switch (row.kind()) {
            case DESCRIPTION -> description(row);
            case BOOLEAN -> bool(row);
            case DATE -> date(row);
            case TAGS -> {
                TagChips chips = new TagChips(vm, row);
                yield new Built(chips, chips.input());
            }
            case SLUG -> slug(row);
            case IMAGE -> image(row);
            case ENUM -> choice(row);
            default -> plain(row);
        };
        track(row, built.focusTarget());
        return built;
    }

    /**
     * The row is the writer's while its control has focus: the view model then never writes its text. Registered
     * after the control's own focus handling, so a date is committed before the row shows the document again.
     */
    private void track(FieldModel row, Node control) {
        control.focusedProperty().addListener((o, was, focused) -> vm.fieldFocused(row.name(), focused));
        if (control.isFocused()) {
            vm.fieldFocused(row.name(), true);
        }
    }

    private TextField textField(FieldModel row) {
        TextField field = new TextField();
        field.setId("field-" + row.name());
        field.textProperty().bindBidirectional(row.text());
        field.editableProperty().bind(row.editable());
        FormStyles.showProblems(row, field);
        SpellUnderlines.attach(field, row.name());
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private Built plain(FieldModel row) {
        TextField field = textField(row);
        if (row.inSchema()) {
            return new Built(field, field);
        }
        Label hint = new Label(row.editable().get() ? "not in schema" : "not in schema \u00b7 edit in the Raw view");
        hint.getStyleClass().add(FormStyles.HINT);
        return new Built(new HBox(6, field, hint), field);
    }

    private Built description(FieldModel row) {
        TextArea area = new TextArea();
        area.setId("field-" + row.name());
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(row.text());
        FormStyles.showProblems(row, area);
        SpellUnderlines.attach(area, row.name());
        Label counter = new Label();
        counter.setId("description-counter");
        counter.getStyleClass().add(FormStyles.COUNTER);
        counter.textProperty().bind(vm.descriptionCounter());
        vm.descriptionOutOfRange()
                .addListener((o, old, out) -> FormStyles.toggle(counter, FormStyles.COUNTER_OUT, out));
        FormStyles.toggle(
                counter, FormStyles.COUNTER_OUT, vm.descriptionOutOfRange().get());
        return new Built(new VBox(2, area, counter), area);
    }

    private Built bool(FieldModel row) {
        CheckBox box = new CheckBox();
        box.setId("field-" + row.name());
        box.selectedProperty().bindBidirectional(row.checked());
        FormStyles.showProblems(row, box);
        Label notSet = new Label("not set");
        notSet.getStyleClass().add(FormStyles.HINT);
        notSet.visibleProperty().bind(row.present().not());
        return new Built(new HBox(6, box, notSet), box);
    }

    private Built date(FieldModel row) {
        TextField field = textField(row);
        field.setOnAction(e -> vm.commitDate(row.name()));
        field.focusedProperty().addListener((o, old, focused) -> {
            if (!focused) {
                vm.commitDate(row.name());
            }
        });
        DatePicker picker = new DatePicker();
        picker.setId("date-" + row.name());
        picker.setEditable(false);
        picker.setPrefWidth(36);
        picker.getStyleClass().add("pw-date-button");
        boolean[] syncing = {false};
        picker.setOnShowing(e -> {
            syncing[0] = true;
            picker.setValue(vm.dateOf(row.name()).orElse(null));
            syncing[0] = false;
        });
        picker.valueProperty().addListener((o, old, day) -> {
            if (!syncing[0] && day != null) {
                vm.setDatePart(row.name(), day);
            }
        });
        return new Built(new HBox(4, field, picker), field);
    }

    private Built slug(FieldModel row) {
        TextField field = textField(row);
        ToggleButton lock = new ToggleButton();
        lock.setId("slug-lock");
        lock.selectedProperty().bindBidirectional(vm.slugLocked());
        lock.textProperty().bind(vm.slugLocked().map(l -> l ? "Locked" : "Follows title"));
        Button generate = new Button("Generate from title");
        generate.setId("slug-generate");
        generate.setOnAction(e -> vm.generateSlugFromTitle());
        return new Built(new HBox(4, field, lock, generate), field);
    }

    private Built image(FieldModel row) {
        TextField field = textField(row);
        ImageView thumb = new ImageView();
        thumb.setFitWidth(96);
        thumb.setFitHeight(54);
        thumb.setPreserveRatio(true);
        Runnable load = () -> thumb.setImage(vm.imageUrl(row.text().get())
                // Background loading: a large image must not stall typing.
                .map(url -> new Image(url, 96, 54, true, true, true))
                .orElse(null));
        row.text().addListener((o, old, text) -> load.run());
        load.run();
        Button choose = new Button("Choose\u2026");
        choose.setId("choose-" + row.name());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            "Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg", "*.avif"));
            Path start = vm.publicDir() != null && Files.isDirectory(vm.publicDir()) ? vm.publicDir() : vm.postDir();
            if (start != null && Files.isDirectory(start)) {
                chooser.setInitialDirectory(start.toFile());
            }
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                row.text().set(vm.imagePathFor(file.toPath()));
            }
        });
        return new Built(new HBox(4, field, choose, thumb), field);
    }

    private Built choice(FieldModel row) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("field-" + row.name());
        box.getItems().setAll(row.enumValues());
        box.valueProperty().bindBidirectional(row.text());
        FormStyles.showProblems(row, box);
        return new Built(box, box);
    }
}
