package dev.postwright.ui.spell;

import dev.postwright.post.PostWriteException;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.spell.Word;
import dev.postwright.spell.WordScanner;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.editor.MarkdownEditor;
import dev.postwright.ui.post.PostTabViewModel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Problem;
import dev.postwright.validation.body.SpellingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The markdown editor's context menu: on a word the spelling rule flagged, its suggestions, "Add to site
 * dictionary" and "Ignore in this post" above the usual cut, copy and paste. Reads only what the last analysis
 * found (suggestions are computed there, off the UI thread); the dictionary file is written on a worker.
 */
public final class SpellMenu {

    private final MarkdownEditor editor;
    private final PostTabViewModel vm;
    private final Executor worker;
    private final Consumer<String> showError;
    private final ContextMenu menu = new ContextMenu();

    private SpellMenu(MarkdownEditor editor, PostTabViewModel vm, Executor worker, Consumer<String> showError) {
        this.editor = editor;
        this.vm = vm;
        this.worker = worker;
        this.showError = showError;
        menu.getStyleClass().add("pw-spell-menu");
        // a secondary press opens the menu at once (the headless robot never sends a context-menu event);
        // the context-menu event that follows it on desktops, or the Menu key, is taken here too
        editor.area().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                CodeArea area = editor.area();
                show(area.hit(e.getX(), e.getY()).getInsertionIndex(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        editor.area().setOnContextMenuRequested(this::show);
    }

    /** Gives the editor of a post tab its context menu; {@code showError} tells why a word could not be added. */
    public static SpellMenu install(
            MarkdownEditor editor, PostTabViewModel vm, Executor worker, Consumer<String> showError) {
        return new SpellMenu(editor, vm, worker, showError);
    }

    private void show(ContextMenuEvent e) {
        e.consume();
        if (menu.isShowing()) {
            return; // already opened by the mouse press
        }
        CodeArea area = editor.area();
        int offset = e.isKeyboardTrigger()
                ? area.getCaretPosition()
                : area.hit(e.getX(), e.getY()).getInsertionIndex();
        show(offset, e.getScreenX(), e.getScreenY());
    }

    private void show(int offset, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items(offset));
        menu.show(editor.area(), screenX, screenY);
    }

    /** The menu's items for a click at {@code offset}. */
    List<MenuItem> items(int offset) {
        List<MenuItem> items = new ArrayList<>();
        misspeltAt(offset).ifPresent(w -> {
            Optional<SiteSpelling> spelling = vm.session().spelling().spelling();
            List<String> suggestions =
                    spelling.flatMap(s -> s.cachedSuggestions(w.text())).orElse(List.of());
            for (String s : suggestions.stream().limit(5).toList()) {
                MenuItem fix = new MenuItem(s);
                fix.getStyleClass().add("pw-spell-suggestion");
                fix.setOnAction(a -> editor.applyEdit(
                        new EditorEdit(w.start(), w.end(), s, w.start() + s.length(), w.start() + s.length())));
                items.add(fix);
            }
            if (suggestions.isEmpty()) {
                MenuItem none = new MenuItem("No suggestions");
                none.setDisable(true);
                items.add(none);
            }
            items.add(new SeparatorMenuItem());
            spelling.ifPresent(s -> {
                MenuItem add = new MenuItem("Add '" + w.text() + "' to Site Dictionary");
                add.setId("spell-add");
                add.setOnAction(a -> addToDictionary(s, w.text()));
                MenuItem ignore = new MenuItem("Ignore '" + w.text() + "' in This Post");
                ignore.setId("spell-ignore");
                ignore.setOnAction(a -> {
                    s.ignore(vm.path(), w.text());
                    forget(w.text());
                });
                MenuItem personal = new MenuItem("Add '" + w.text() + "' to My Dictionary");
                personal.setId("spell-add-personal");
                personal.setOnAction(a -> addToPersonal(s, w.text()));
                items.add(add);
                items.add(personal);
                items.add(ignore);
                items.add(new SeparatorMenuItem());
            });
        });
        CodeArea area = editor.area();
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(a -> area.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(a -> area.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(a -> area.paste());
        MenuItem all = new MenuItem("Select All");
        all.setOnAction(a -> area.selectAll());
        items.addAll(List.of(cut, copy, paste, all));
        return items;
    }

    /** The flagged word under {@code offset}, with its range in the editor's text. */
    Optional<Word> misspeltAt(int offset) {
        PostAnalysis a = vm.analysisProperty().get();
        String text = editor.getText();
        if (a == null || !a.text().equals(text)) {
            return Optional.empty(); // the problems are of an older text: their positions may be off
        }
        for (Problem p : vm.problems()) {
            if (!p.rule().equals(SpellingRule.ID)) {
                continue;
            }
            int start = a.lines().offset(p.line(), p.column());
            List<Word> words = WordScanner.scan(text, start, Math.min(text.length(), start + 200));
            if (!words.isEmpty()
                    && words.get(0).start() == start
                    && offset >= start
                    && offset <= words.get(0).end()) {
                return Optional.of(words.get(0));
            }
        }
        return Optional.empty();
    }

    private void addToDictionary(SiteSpelling s, String word) {
        forget(word);
        worker.execute(() -> {
            try {
                s.addToSiteDictionary(word);
            } catch (PostWriteException ex) {
                Platform.runLater(() -> showError.accept(ex.getMessage()));
            }
        });
    }

    private void addToPersonal(SiteSpelling s, String word) {
        forget(word);
        worker.execute(() -> {
            try {
                s.addToPersonalDictionary(word);
            } catch (PostWriteException ex) {
                Platform.runLater(() -> showError.accept(ex.getMessage()));
            }
        });
    }

    /** Drops the word's underlines now; the next analysis agrees, as the word is known from then on. */
    private void forget(String word) {
        vm.problems()
                .removeIf(p -> p.rule().equals(SpellingRule.ID) && p.message().startsWith("'" + word + "' "));
    }
}
