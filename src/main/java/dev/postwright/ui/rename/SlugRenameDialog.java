package dev.postwright.ui.rename;

import dev.postwright.workspace.rename.FileChange;
import dev.postwright.workspace.rename.PreviewLine;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Offers to update the links to a post whose URL changed: every other post's links to the old URL, file by file
 * with a tick box each and the changed lines before → after, and for Astro sites a redirect from the old URL.
 * Apply closes with the {@link SlugRenameViewModel.Outcome}; Skip closes with no result.
 */
public final class SlugRenameDialog extends Dialog<SlugRenameViewModel.Outcome> {

    public static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType SKIP = new ButtonType("Skip", ButtonBar.ButtonData.CANCEL_CLOSE);

    private static final int MAX_SHOWN = 120;
    private static final int CONTEXT = 40;

    private final SlugRenameViewModel vm;
    private final VBox list = new VBox(8);

    public SlugRenameDialog(Window owner, SlugRenameViewModel vm) {
        this.vm = vm;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Update links");
        setHeaderText("The post's URL changed from " + vm.oldUrl() + " to " + vm.newUrl()
                + ".\nUpdate the links to it in the other posts?");
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(APPLY, SKIP);

        list.setId("rename-list");
        list.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        scroll.setPrefViewportWidth(640);

        CheckBox redirect = new CheckBox();
        redirect.setId("rename-redirect");
        redirect.textProperty()
                .bind(Bindings.concat(
                        "Add a redirect from ", vm.oldUrl(), " to ", vm.newUrl(), " in ", vm.configNameProperty()));
        redirect.selectedProperty().bindBidirectional(vm.addRedirectProperty());
        redirect.visibleProperty().bind(vm.redirectAvailableProperty());
        redirect.managedProperty().bind(redirect.visibleProperty());

        Label status = new Label();
        status.setId("rename-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        VBox content = new VBox(10, status, scroll, redirect);
        content.disableProperty().bind(vm.busyProperty());
        getDialogPane().setContent(content);

        vm.rows().addListener((ListChangeListener<SlugRenameViewModel.FileRow>) c -> fill());
        fill();

        setResultConverter(button -> null); // Apply closes through apply(); Skip and the close box give nothing
        Button apply = (Button) getDialogPane().lookupButton(APPLY);
        apply.setId("rename-apply");
        apply.disableProperty().bind(vm.canApply().not());
        apply.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open until the files are written
            vm.apply().thenAccept(this::setResult);
        });
        ((Button) getDialogPane().lookupButton(SKIP)).setId("rename-skip");
    }

    /** Creates the dialog and starts planning. */
    public static SlugRenameDialog open(Window owner, SlugRenameViewModel vm) {
        SlugRenameDialog dialog = new SlugRenameDialog(owner, vm);
        vm.plan();
        return dialog;
    }

    public SlugRenameViewModel viewModel() {
        return vm;
    }

    private void fill() {
        list.getChildren().clear();
        for (SlugRenameViewModel.FileRow row : vm.rows()) {
            list.getChildren().add(fileBox(row));
        }
    }

    private Node fileBox(SlugRenameViewModel.FileRow row) {
        FileChange change = row.change();
        int n = change.edits().size();
        CheckBox box = new CheckBox(change.relPath() + "  (" + n + (n == 1 ? " link" : " links")
                + (change.unsaved() ? ", open with unsaved edits" : "") + ")");
        box.getStyleClass().add("pw-rename-file");
        box.setUserData(change.file());
        box.selectedProperty().bindBidirectional(row.selectedProperty());
        VBox lines = new VBox(2);
        lines.setStyle("-fx-padding: 0 0 0 24;");
        for (PreviewLine line : change.previews()) {
            String[] shown = excerpt(line.before(), line.after());
            Label before = new Label(line.line() + ":  " + shown[0]);
            Label after = new Label("→  " + shown[1]);
            before.getStyleClass().add("pw-rename-before");
            after.getStyleClass().add("pw-rename-after");
            before.setWrapText(true);
            after.setWrapText(true);
            lines.getChildren().addAll(before, after);
        }
        return new VBox(4, box, lines);
    }

    /**
     * The changed part of a long line with some context either side, so a paragraph-long line shows as one
     * readable row; short lines are shown whole.
     */
    static String[] excerpt(String before, String after) {
        String b = before.strip();
        String a = after.strip();
        if (Math.max(b.length(), a.length()) <= MAX_SHOWN) {
            return new String[] {b, a};
        }
        int prefix = 0;
        while (prefix < b.length() && prefix < a.length() && b.charAt(prefix) == a.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < b.length() - prefix
                && suffix < a.length() - prefix
                && b.charAt(b.length() - 1 - suffix) == a.charAt(a.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        return new String[] {
            cut(b, from, Math.min(b.length(), b.length() - suffix + CONTEXT)),
            cut(a, from, Math.min(a.length(), a.length() - suffix + CONTEXT))
        };
    }

    private static String cut(String s, int from, int to) {
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
