package dev.postwright.ui.post;

import dev.postwright.site.ImageImport;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.editor.MarkdownEditor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javax.imageio.ImageIO;

/**
 * Paste or drop an image into the editor: the file is copied into the post's image folder under a safe
 * name (off the UI thread) and a markdown image is inserted with the caret in its alt text.
 */
final class ImagePaste {

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif");

    private final MarkdownEditor editor;
    private final Supplier<ImageImport> images;
    private final Supplier<Path> post;
    private final Supplier<String> slug;
    private final Executor background;
    private final Consumer<String> onError;

    ImagePaste(
            MarkdownEditor editor,
            Supplier<ImageImport> images,
            Supplier<Path> post,
            Supplier<String> slug,
            Executor background,
            Consumer<String> onError) {
        this.editor = editor;
        this.images = images;
        this.post = post;
        this.slug = slug;
        this.background = background;
        this.onError = onError;
    }

    void install() {
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean paste =
                    e.isShortcutDown() && e.getCode() == KeyCode.V || e.isShiftDown() && e.getCode() == KeyCode.INSERT;
            if (paste && pasteImage(Clipboard.getSystemClipboard())) {
                e.consume();
            }
        });
        editor.area().setOnDragOver(e -> {
            if (imageFiles(e.getDragboard().getFiles()).size() > 0) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        editor.area().setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        List<File> files = imageFiles(e.getDragboard().getFiles());
        if (files.isEmpty()) {
            return;
        }
        importFiles(files);
        e.setDropCompleted(true);
        e.consume();
    }

    /** True when the clipboard held image files or an image and the import started. */
    boolean pasteImage(Clipboard clipboard) {
        if (clipboard.hasFiles() && !imageFiles(clipboard.getFiles()).isEmpty()) {
            importFiles(imageFiles(clipboard.getFiles()));
            return true;
        }
        if (clipboard.hasImage() && !clipboard.hasString()) {
            Image image = clipboard.getImage();
            BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
            start("pasted-image.png", () -> {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(pixels, "png", png);
                return new ByteArrayInputStream(png.toByteArray());
            });
            return true;
        }
        return false;
    }

    private void importFiles(List<File> files) {
        for (File f : files) {
            start(f.getName(), () -> Files.newInputStream(f.toPath()));
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private void start(String name, Source source) {
        ImageImport importer = images.get();
        Path postPath = post.get();
        String postSlug = slug.get();
        CompletableFuture.supplyAsync(
                        () -> {
                            ImageImport.Target target = importer.target(postPath, postSlug, name);
                            try (InputStream in = source.open()) {
                                return importer.write(target, in);
                            } catch (IOException ex) {
                                throw new UncheckedIOException(ex);
                            }
                        },
                        background)
                .whenComplete((link, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        Throwable cause = err.getCause() != null ? err.getCause() : err;
                        onError.accept("Could not copy " + name + " into the site: " + cause.getMessage());
                        return;
                    }
                    int caret = editor.area().getCaretPosition();
                    String md = "![](" + link + ")";
                    editor.applyEdit(new EditorEdit(caret, caret, md, caret + 2, caret + 2));
                }));
    }

    static List<File> imageFiles(List<File> files) {
        List<File> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (File f : files) {
            String n = f.getName().toLowerCase(Locale.ROOT);
            if (f.isFile() && EXTENSIONS.stream().anyMatch(n::endsWith)) {
                out.add(f);
            }
        }
        return out;
    }
}
