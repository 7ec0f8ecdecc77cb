package dev.postwright.ui.linkpicker;

import dev.postwright.render.Heading;
import dev.postwright.site.PostSummary;
import dev.postwright.workspace.LinkPicker;
import dev.postwright.workspace.SiteSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the link picker popup: first the posts matching the query, then the chosen post's headings, or the
 * images of the site; the chosen row becomes the markdown to insert. Searching runs on {@code background}, the
 * list is filled through {@code ui}; the newest query wins. Use from the UI thread.
 */
public final class LinkPickerViewModel {

    /** What the list shows. */
    public enum Step {
        POSTS,
        ANCHORS,
        IMAGES
    }

    /** One row: a post, one of its headings (or the post itself, heading empty), or an image. */
    public record Item(
            String label, String detail, PostSummary post, Optional<Heading> heading, LinkPicker.ImageChoice image) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final int LIMIT = 50;

    private final LinkPicker picker;
    private final Path from;
    private final String selectedText;
    private final boolean destinationOnly;
    private final Executor background;
    private final Executor ui;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.POSTS);
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private LinkPicker.Style style = LinkPicker.Style.SITE_ROOT;
    private PostSummary chosen;
    private int generation;

    /**
     * @param selectedText the editor's selection, used as the link text
     * @param destinationOnly the writer typed {@code ](}: insert only the destination and the closing {@code )}
     */
    public LinkPickerViewModel(
            SiteSession session,
            Path from,
            String selectedText,
            boolean destinationOnly,
            Executor background,
            Executor ui) {
        this.picker = new LinkPicker(session);
        this.from = from.toAbsolutePath().normalize();
        this.selectedText = selectedText == null ? "" : selectedText;
        this.destinationOnly = destinationOnly;
        this.background = background;
        this.ui = ui;
        query.addListener((o, a, q) -> refresh());
    }

    /** Works out the link style and lists the posts; completes when the first list is there. */
    public CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        background.execute(() -> {
            LinkPicker.Style s = picker.styleFor(from);
            ui.execute(() -> {
                style = s;
                refresh().thenRun(() -> done.complete(null));
            });
        });
        return done;
    }

    /** Shows the site's images instead of posts (and back with {@link #showPosts()}); the query starts empty. */
    public CompletableFuture<Void> showImages() {
        step.set(Step.IMAGES);
        query.set("");
        return refresh();
    }

    public CompletableFuture<Void> showPosts() {
        step.set(Step.POSTS);
        chosen = null;
        query.set("");
        return refresh();
    }

    /** Fills the list for the current step and query, off the UI thread; an older answer is dropped. */
    public CompletableFuture<Void> refresh() {
        int mine = ++generation;
        String q = query.get();
        Step s = step.get();
        PostSummary target = chosen;
        CompletableFuture<Void> done = new CompletableFuture<>();
        background.execute(() -> {
            List<Item> list = switch (s) {
                case POSTS -> posts(q);
                case ANCHORS -> anchors(target, q);
                case IMAGES -> images(q);
            };
            ui.execute(() -> {
                if (mine == generation) {
                    items.setAll(list);
                }
                done.complete(null);
            });
        });
        return done;
    }

    private List<Item> posts(String q) {
        List<Item> out = new ArrayList<>();
        for (LinkPicker.Found f : picker.findPosts(q, LIMIT)) {
            PostSummary p = f.post();
            out.add(new Item(p.title().isBlank() ? p.relPath() : p.title(), p.url(), p, Optional.empty(), null));
        }
        return out;
    }

    private List<Item> anchors(PostSummary target, String q) {
        List<Item> out = new ArrayList<>();
        out.add(new Item("(the whole post)", target.url(), target, Optional.empty(), null));
        String needle = q.strip().toLowerCase(Locale.ROOT);
        for (Heading h : picker.anchors(target)) {
            if (needle.isEmpty() || h.text().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(new Item(
                        "  ".repeat(Math.max(0, h.level() - 1)) + h.text(),
                        "#" + h.id(),
                        target,
                        Optional.of(h),
                        null));
            }
        }
        return out;
    }

    private List<Item> images(String q) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<Item> out = new ArrayList<>();
        for (LinkPicker.ImageChoice img : picker.images(from)) {
            if (needle.isEmpty() || img.link().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(new Item(img.file().getFileName().toString(), img.link(), null, Optional.empty(), img));
            }
        }
        return out;
    }

    /**
     * The writer picked a row: a post moves on to its headings (empty result); a heading, the whole post or an
     * image gives the text to insert.
     */
    public Optional<String> choose(Item item) {
        if (item == null) {
            return Optional.empty();
        }
        if (step.get() == Step.POSTS) {
            chosen = item.post();
            step.set(Step.ANCHORS);
            query.set("");
            refresh();
            return Optional.empty();
        }
        if (item.image() != null) {
            String alt = selectedText.isBlank() ? "" : selectedText;
            return Optional.of(
                    destinationOnly
                            ? item.image().link() + ")"
                            : "![" + alt + "](" + item.image().link() + ")");
        }
        String dest = picker.destination(from, item.post(), item.heading(), style);
        if (destinationOnly) {
            return Optional.of(dest + ")");
        }
        String text = !selectedText.isBlank()
                ? selectedText
                : item.heading().map(Heading::text).orElse(item.post().title());
        return Optional.of(LinkPicker.markdown(text, dest));
    }

    /** True when opened by typing {@code ](}: what the writer types into the query is part of the link. */
    public boolean destinationOnly() {
        return destinationOnly;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public LinkPicker.Style style() {
        return style;
    }
}
