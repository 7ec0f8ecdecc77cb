package dev.postwright.ui.linkpicker;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The link picker (Ctrl+K, or typing {@code ](} in the editor): type to find a post, Enter to pick it, Enter again
 * on a heading (or the whole post) to insert the link; Images lists the site's images with thumbnails; Esc closes
 * without inserting (after {@code ](}, what was typed into the query goes into the editor, so a link typed by hand
 * comes out as typed). Keyboard first; a view over {@link LinkPickerViewModel}.
 */
public final class LinkPickerPopup extends Popup {

    private static final double THUMB = 40;

    private final LinkPickerViewModel vm;
    private final Consumer<String> insert;
    private boolean inserted;
    private String typedThrough = "";
    private final TextField query = new TextField();
    private final ListView<LinkPickerViewModel.Item> list = new ListView<>();

    public LinkPickerPopup(LinkPickerViewModel vm, Consumer<String> insert) {
        this.vm = vm;
        this.insert = insert;
        setAutoHide(true);
        setHideOnEscape(true);
        Label title = new Label();
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (vm.stepProperty().get()) {
                            case POSTS -> "Link to a post: type to find it, Enter to pick";
                            case ANCHORS -> "Pick a heading, or the whole post (Backspace: back to posts)";
                            case IMAGES -> "Insert an image";
                        },
                        vm.stepProperty()));
        title.getStyleClass().add("pw-muted");
        Button images = new Button("Images");
        images.setId("link-picker-images");
        images.setFocusTraversable(false);
        images.setOnAction(e -> {
            if (vm.stepProperty().get() == LinkPickerViewModel.Step.IMAGES) {
                vm.showPosts();
            } else {
                vm.showImages();
            }
            query.requestFocus();
        });
        HBox top = new HBox(8, title, images);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);

        query.setId("link-picker-query");
        query.textProperty().bindBidirectional(vm.queryProperty());
        list.setId("link-picker-list");
        list.setItems(vm.items());
        list.setPrefSize(520, 300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LinkPickerViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(null);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.label() + "    " + item.detail());
                if (item.image() != null) {
                    // loaded in the background and scaled: a folder of photos never blocks the popup
                    setGraphic(new ImageView(
                            new Image(item.image().file().toUri().toString(), THUMB, THUMB, true, true, true)));
                }
            }
        });
        vm.items().addListener((ListChangeListener<LinkPickerViewModel.Item>) c -> {
            if (!vm.items().isEmpty() && list.getSelectionModel().getSelectedIndex() < 0) {
                list.getSelectionModel().select(0);
            }
        });

        VBox root = new VBox(6, top, query, list);
        root.setId("link-picker");
        root.setPadding(new Insets(8));
        root.getStyleClass().add("pw-link-picker");
        root.setStyle("-fx-background-color: -color-bg-default, -color-border-default;"
                + " -fx-background-insets: 0, 0; -fx-border-color: -color-border-default;");
        getContent().add(root);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> {
                    hide();
                    e.consume();
                }
                case ENTER -> {
                    LinkPickerViewModel.Item item = list.getSelectionModel().getSelectedItem();
                    if (item == null && vm.destinationOnly()) {
                        hide(); // nothing matches what was typed: it stays a hand-written link
                    } else {
                        vm.choose(item).ifPresent(this::insertAndHide);
                        list.getSelectionModel().clearSelection();
                    }
                    e.consume();
                }
                case DOWN, UP -> {
                    if (query.isFocused()) {
                        int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                        list.getSelectionModel()
                                .select(Math.max(0, Math.min(i, vm.items().size() - 1)));
                        list.scrollTo(list.getSelectionModel().getSelectedIndex());
                        e.consume();
                    }
                }
                case BACK_SPACE -> {
                    if (query.getText().isEmpty() && vm.stepProperty().get() != LinkPickerViewModel.Step.POSTS) {
                        vm.showPosts();
                        e.consume();
                    }
                }
                default -> {}
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.choose(list.getSelectionModel().getSelectedItem()).ifPresent(this::insertAndHide);
            }
        });
        // Opened by typing ](, the picker must not swallow a link typed by hand: ')' or a space ends the query,
        // and whatever was typed into it goes into the editor when it closes without a choice.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (vm.destinationOnly() && (")".equals(e.getCharacter()) || " ".equals(e.getCharacter()))) {
                typedThrough = e.getCharacter();
                e.consume();
                hide();
            }
        });
        setOnShown(e -> query.requestFocus());
        setOnHidden(e -> {
            String typed = query.getText() + typedThrough;
            if (!inserted && vm.destinationOnly() && !typed.isEmpty()) {
                inserted = true;
                insert.accept(typed);
            }
        });
    }

    private void insertAndHide(String text) {
        inserted = true;
        hide();
        insert.accept(text);
    }

    public LinkPickerViewModel viewModel() {
        return vm;
    }

    public ListView<LinkPickerViewModel.Item> list() {
        return list;
    }
}
