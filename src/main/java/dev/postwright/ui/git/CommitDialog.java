package dev.postwright.ui.git;

import dev.postwright.workspace.git.CommitMessages;
import dev.postwright.workspace.git.GitIdentity;
import dev.postwright.workspace.git.PostDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Git → Commit…: the changed posts, each with its new or changed images (ticking a post ticks its images; the
 * open post is ticked), the message prefilled from the ticked titles until the writer edits it, and, only when
 * git has no author yet, the name and email to store in the repository's config. Closes with the choice, or
 * empty on Cancel; the caller validates and commits.
 */
public final class CommitDialog extends Dialog<CommitDialog.Choice> {

    public static final ButtonType COMMIT = new ButtonType("Commit", ButtonBar.ButtonData.OK_DONE);

    /**
     * What the writer picked.
     *
     * @param newIdentity the author the writer typed (git had none): store it, then commit with it
     */
    public record Choice(List<Path> posts, List<Path> images, String message, Optional<GitIdentity> newIdentity) {}

    /** One row of the tree: a post or one of its images. */
    public record Item(Path file, String label, boolean post) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TreeView<Item> tree = new TreeView<>();
    private final List<CheckBoxTreeItem<Item>> postItems = new ArrayList<>();
    private final List<CommitCandidate> candidates;
    private final TextArea message = new TextArea();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private String prefilled = "";

    /** @param branch where the commit goes, for the header */
    public CommitDialog(Window owner, List<CommitCandidate> candidates, String branch, boolean identityMissing) {
        this.candidates = List.copyOf(candidates);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Commit");
        setHeaderText("Commit to " + branch + ": tick the posts and images to commit.");
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(COMMIT, ButtonType.CANCEL);
        getDialogPane()
                .getStylesheets()
                .add(Objects.requireNonNull(CommitDialog.class.getResource("/dev/postwright/ui/git/git.css"))
                        .toExternalForm());

        CheckBoxTreeItem<Item> root = new CheckBoxTreeItem<>(new Item(Path.of(""), "", false));
        for (CommitCandidate c : candidates) {
            CheckBoxTreeItem<Item> post = new CheckBoxTreeItem<>(new Item(
                    c.post(), c.title() + "  ·  " + c.relPath() + "  (" + (c.isNew() ? "new" : "changed") + ")", true));
            for (PostDiff.ImageChange image : c.images()) {
                post.getChildren()
                        .add(new CheckBoxTreeItem<>(new Item(
                                image.file(),
                                ImageWords.of(image.state()) + " image  "
                                        + image.file().getFileName(),
                                false)));
            }
            post.setExpanded(true);
            // Independent: unticking one image must not untick (or half-tick) its post; a post's tick goes down.
            post.setIndependent(true);
            post.getChildren().forEach(i -> ((CheckBoxTreeItem<Item>) i).setIndependent(true));
            post.selectedProperty().addListener((o, a, on) -> {
                post.getChildren().forEach(i -> ((CheckBoxTreeItem<Item>) i).setSelected(on));
                prefill();
            });
            postItems.add(post);
            root.getChildren().add(post);
            post.setSelected(c.ticked());
        }
        tree.setId("commit-files");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        tree.setPrefSize(640, 260);
        VBox.setVgrow(tree, Priority.ALWAYS);

        message.setId("commit-message");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        prefill();

        VBox content =
                new VBox(8, new Label("Posts and their new or changed images"), tree, new Label("Message"), message);
        name.setId("commit-name");
        email.setId("commit-email");
        if (identityMissing) {
            name.setPromptText("Your name");
            email.setPromptText("you@example.com");
            GridPane who = new GridPane();
            who.setHgap(8);
            who.setVgap(4);
            who.addRow(0, new Label("Author name"), name);
            who.addRow(1, new Label("Author email"), email);
            Label note = new Label("Git does not know who you are yet. This is stored in the site's repository "
                    + "(its .git/config) and asked only once.");
            note.setWrapText(true);
            note.getStyleClass().add("pw-commit-note");
            content.getChildren().addAll(note, who);
        }
        getDialogPane().setContent(content);

        Button commit = (Button) getDialogPane().lookupButton(COMMIT);
        commit.setId("commit-ok");
        BooleanBinding incomplete = Bindings.createBooleanBinding(
                () -> ticked().isEmpty()
                        || message.getText().isBlank()
                        || (identityMissing && !new GitIdentity(name.getText(), email.getText()).complete()),
                message.textProperty(),
                name.textProperty(),
                email.textProperty());
        postItems.forEach(p -> p.selectedProperty().addListener((o, a, b) -> incomplete.invalidate()));
        commit.disableProperty().bind(incomplete);
        setResultConverter(button -> button == COMMIT
                ? new Choice(
                        ticked(),
                        tickedImages(),
                        message.getText().strip(),
                        identityMissing
                                ? Optional.of(new GitIdentity(name.getText(), email.getText()))
                                : Optional.empty())
                : null);
    }

    /** The message follows the ticked posts until the writer changes it. */
    private void prefill() {
        if (!message.getText().equals(prefilled)) {
            return;
        }
        List<CommitMessages.Entry> entries = new ArrayList<>();
        for (int i = 0; i < postItems.size(); i++) {
            if (postItems.get(i).isSelected()) {
                entries.add(new CommitMessages.Entry(
                        candidates.get(i).title(), candidates.get(i).isNew()));
            }
        }
        prefilled = CommitMessages.prefill(entries);
        message.setText(prefilled);
    }

    private List<Path> ticked() {
        return postItems.stream()
                .filter(CheckBoxTreeItem::isSelected)
                .map(p -> p.getValue().file())
                .toList();
    }

    /** Images ticked under any post; one used by two posts is committed once. */
    private List<Path> tickedImages() {
        Set<Path> out = new LinkedHashSet<>();
        for (CheckBoxTreeItem<Item> post : postItems) {
            for (TreeItem<Item> image : post.getChildren()) {
                if (((CheckBoxTreeItem<Item>) image).isSelected()) {
                    out.add(image.getValue().file());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The tree's post rows (their images are their children), for tests. */
    public List<CheckBoxTreeItem<Item>> postItems() {
        return postItems;
    }

    public TextArea message() {
        return message;
    }
}
