package dev.postwright.ui.post;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.post.recovery.LineDiff;
import dev.postwright.render.PageTemplate;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.ImageImport;
import dev.postwright.ui.editor.EditorEdit;
import dev.postwright.ui.editor.MarkdownEditor;
import dev.postwright.ui.editor.MarkdownEditorPane;
import dev.postwright.ui.editor.Underline;
import dev.postwright.ui.frontmatter.FrontmatterForm;
import dev.postwright.ui.frontmatter.FrontmatterFormViewModel;
import dev.postwright.ui.prefs.Preferences;
import dev.postwright.ui.preview.PreviewPane;
import dev.postwright.ui.preview.PreviewRenderer;
import dev.postwright.ui.preview.PreviewRequest;
import dev.postwright.ui.preview.PreviewViewModel;
import dev.postwright.ui.problems.ProblemsPanel;
import dev.postwright.ui.spell.SpellContext;
import dev.postwright.ui.spell.SpellMenu;
import dev.postwright.ui.theme.ClearFills;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostHeaders;
import dev.postwright.validation.Problem;
import dev.postwright.workspace.post.DiskState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;

/** One post tab: editor (and form) beside the live preview, with the post's problems below. */
public final class PostTabView extends BorderPane {

    private final PostTabViewModel vm;
    private final MarkdownEditorPane editorPane;
    private final PreviewPane preview;
    private final PreviewViewModel previewVm;
    private final ProblemsPanel problemsPanel;
    private final SplitPane mainSplit;
    private final SplitPane editorSplit;
    private final FrontmatterForm form;
    private final Executor background;
    private final SplitPane outerSplit;
    private final Clock clock;
    private boolean syncingFromPreview;

    /** Collaborators a tab needs from the window. */
    public record Services(
            Executor background,
            Clock clock,
            PreviewRenderer renderer,
            PageTemplate template,
            Consumer<String> openExternal,
            Consumer<String> openInternal,
            Consumer<Problem> openProblem,
            Consumer<String> showError) {}

    public PostTabView(PostTabViewModel vm, Services services) {
        this.vm = vm;
        this.clock = services.clock();
        this.background = services.background();
        editorPane = new MarkdownEditorPane(new MarkdownEditor(services.background()));
        MarkdownEditor editor = editorPane.editor();
        editor.replaceText(vm.getText());
        editor.textProperty().addListener((o, a, text) -> vm.setText(text));

        preview = new PreviewPane(services.template());
        // the analysis the preview follows already waits for the text to rest: together, the same quiet period
        previewVm = new PreviewViewModel(
                services.renderer(),
                services.background(),
                PreviewViewModel.DEFAULT_DEBOUNCE.subtract(Duration.millis(PostTabViewModel.ANALYSIS_QUIET_MILLIS)));
        preview.contentProperty().bind(previewVm.contentProperty());
        preview.setOnExternalLink(services.openExternal());
        preview.setOnInternalLink(services.openInternal());

        problemsPanel = new ProblemsPanel(
                vm.problems(),
                () -> vm.session().index().all().stream()
                        .flatMap(s -> vm.session().problems(s.path()).stream())
                        .toList(),
                p -> vm.session().site().relativize(p.file()),
                services.openProblem(),
                this::applyFix,
                services.background());

        form = buildForm();
        editorSplit = ClearFills.on(new SplitPane(form, editorPane));
        editorSplit.setOrientation(Orientation.VERTICAL);
        editorSplit.setDividerPositions(0.38);
        mainSplit = ClearFills.on(new SplitPane(editorSplit, preview));
        mainSplit.setDividerPositions(0.5);
        outerSplit = ClearFills.on(new SplitPane(mainSplit, problemsPanel));
        outerSplit.setOrientation(Orientation.VERTICAL);
        outerSplit.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(problemsPanel, false);
        setCenter(outerSplit);
        setTop(new VBox(readOnlyBar(), diskBar()));
        vm.setEditorReplacer(text -> {
            int caret = Math.min(editorPane.editor().area().getCaretPosition(), text.length());
            editorPane.editor().replaceText(text);
            editorPane.editor().area().moveTo(caret);
        });

        vm.problems().addListener((ListChangeListener<Problem>) c -> showUnderlines());
        vm.analysisProperty().addListener((o, a, analysis) -> {
            showUnderlines(); // the same problems can need new underlines: typing inside a flagged word
            requestPreview(analysis);
        });
        requestPreview(vm.analysisProperty().get());
        previewVm.flush();
        showUnderlines();
        wireScrollSync(editor);
        new ImagePaste(
                        editor,
                        () -> new ImageImport(vm.session().site()),
                        vm::path,
                        () -> vm.analysisProperty().get() == null
                                ? ""
                                : vm.analysisProperty().get().summary().slug(),
                        services.background(),
                        services.showError())
                .install();
        SpellMenu.install(editor, vm, services.background(), services.showError());
        getProperties().put(SpellContext.KEY, SpellContext.of(vm, services.background()));
    }

    /** A read-only post (over 10 MB) says so, and its editor and form take no edits. */
    private Node readOnlyBar() {
        Label message = new Label();
        message.setId("read-only-bar");
        message.getStyleClass().add("pw-disk-bar");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setPadding(new Insets(6, 10, 6, 10));
        boolean readOnly = vm.loaded().readOnly();
        message.setVisible(readOnly);
        message.setManaged(readOnly);
        if (readOnly) {
            message.setText("Read-only: " + vm.loaded().readOnlyReason().get());
            editorPane.editor().area().setEditable(false);
            form.setDisable(true);
        }
        return message;
    }

    /** A bar above the tab when the file changed or vanished on disk, with what the writer can do about it. */
    private Node diskBar() {
        Label message = new Label();
        message.setWrapText(true);
        Button keep = new Button("Keep Mine");
        keep.setId("conflict-keep");
        keep.setOnAction(e -> vm.keepMine());
        Button take = new Button("Take Theirs");
        take.setId("conflict-take");
        take.setOnAction(e -> vm.takeTheirs());
        Button compare = new Button("Compare…");
        compare.setOnAction(e -> showComparison());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, message, spacer, compare, keep, take);
        bar.setId("disk-bar");
        bar.getStyleClass().add("pw-disk-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Runnable update = () -> {
            var state = vm.diskStateProperty().get();
            bar.setVisible(state != DiskState.IN_SYNC);
            bar.setManaged(bar.isVisible());
            boolean conflict = state == DiskState.CONFLICT;
            keep.setVisible(conflict);
            take.setVisible(conflict);
            take.setDisable(!vm.theirsReadable()); // a binary in the post's place: nothing to take
            compare.setVisible(conflict);
            message.setText(
                    conflict
                            ? vm.path().getFileName()
                                    + " was changed on disk by another program while you had unsaved edits."
                            : vm.path().getFileName() + " was deleted or moved on disk. Your text is still here; "
                                    + "Save writes it back.");
        };
        vm.diskStateProperty().addListener((o, a, b) -> update.run());
        update.run();
        return bar;
    }

    private void showComparison() {
        String diff = LineDiff.unified(
                vm.getText(), vm.theirsText(), vm.path().getFileName().toString(), 2);
        TextArea area = new TextArea(diff);
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefSize(760, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Your text and the file on disk");
        alert.setHeaderText("Lines with - are yours, lines with + are on disk. Merge by hand in the editor, "
                + "then choose Keep Mine.");
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.show();
    }

    private FrontmatterForm buildForm() {
        var site = vm.session().site();
        FrontmatterFormViewModel formVm = new FrontmatterFormViewModel();
        formVm.setGenerator(site.generator());
        formVm.setSchema(site.schemaFor(vm.path()));
        formVm.setDescriptionLimits(
                site.config().descriptionMin(), site.config().descriptionMax());
        formVm.setPublicDir(site.publicDir());
        formVm.setPostDir(vm.path().getParent());
        MarkdownEditor editor = editorPane.editor();
        FormSync sync = new FormSync(
                formVm,
                new FormSync.Text() {
                    @Override
                    public String get() {
                        return vm.getText();
                    }

                    @Override
                    public void apply(EditorEdit edit) {
                        editor.applyFieldEdit(edit);
                    }
                },
                site.dialect(),
                site.schemaFor(vm.path()));
        formVm.setOnEdit(sync::edit);
        // Leaving a field or the raw view closes its undo step in the editor.
        formVm.activeField().addListener((o, was, now) -> {
            sync.endSession();
            editor.endFieldSession();
        });
        Runnable refresh = () -> {
            PostAnalysis a = vm.analysisProperty().get();
            if (a != null) {
                formVm.setTagCounts(vm.session().index().tagCounts());
                sync.analysed(a.frontmatter(), List.copyOf(vm.problems()));
            } else {
                formVm.setProblems(List.copyOf(vm.problems()));
            }
        };
        vm.analysisProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return new FrontmatterForm(formVm);
    }

    private void replaceText(String before, String after) {
        if (!after.equals(before)) {
            editorPane.editor().applyEdit(TextDiffs.minimalEdit(before, after));
        }
    }

    private void wireScrollSync(MarkdownEditor editor) {
        editor.firstVisibleLineProperty().addListener((o, a, line) -> {
            if (!syncingFromPreview) {
                preview.scrollToLine(line.intValue());
            }
        });
        preview.topLineProperty().addListener((o, a, line) -> {
            syncingFromPreview = true;
            editor.scrollToLine(line.intValue());
            Platform.runLater(() -> syncingFromPreview = false);
        });
    }

    private boolean loadRemoteContent;

    /** Follows the writer's preferences: editor font and wrap, remote content in the preview, dark preview. */
    public void usePreferences(Preferences prefs, ObservableBooleanValue dark) {
        preview.darkProperty().bind(dark);
        CodeArea area = editorPane.editor().area();
        area.wrapTextProperty().bind(prefs.wordWrapProperty());
        area.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> Preferences.editorStyle(
                                prefs.editorFontFamilyProperty().get(),
                                prefs.editorFontSizeProperty().get()),
                        prefs.editorFontFamilyProperty(),
                        prefs.editorFontSizeProperty()));
        loadRemoteContent = prefs.loadRemoteContentProperty().get();
        // Weak, so a closed tab is not kept alive by the long-lived preferences object.
        remoteListener = (o, was, now) -> {
            loadRemoteContent = now;
            requestPreview(vm.analysisProperty().get());
        };
        prefs.loadRemoteContentProperty().addListener(new WeakChangeListener<>(remoteListener));
        requestPreview(vm.analysisProperty().get());
    }

    private ChangeListener<Boolean> remoteListener;

    private void requestPreview(PostAnalysis a) {
        if (a == null) {
            return;
        }
        var site = vm.session().site();
        RenderOptions options = RenderOptions.of(new SiteImageResolver(
                        site.root(),
                        site.publicDir(),
                        vm.path().getParent(),
                        () -> site.generator().importAliases(site.root())))
                .withLoadRemoteContent(loadRemoteContent);
        previewVm.request(new PreviewRequest(
                PostHeaders.of(a, clock, vm.textStats(a).minutes()),
                a.frontmatter().body(),
                a.frontmatter().bodyStartLine(),
                a.frontmatter().bodyOffset(),
                options,
                site.generator().customHeadingIds(),
                // the analysis parsed this very body with the same rule: the preview renders that parse
                a.failure().isEmpty() && a.markdown().document() != null ? a.markdown() : null));
    }

    private void showUnderlines() {
        String text = vm.getText();
        List<Underline> lines = new ArrayList<>();
        PostAnalysis a = vm.analysisProperty().get();
        for (Problem p : vm.problems()) {
            int length = a == null ? 1 : tokenLength(text, a.lines().offset(p.line(), p.column()));
            lines.add(new Underline(p.line(), p.column(), length, p.severity().id(), p.message()));
        }
        editorPane.editor().showProblems(lines);
    }

    /** Underline up to the end of the word (or of a bracketed link), at least one character. */
    private static int tokenLength(String text, int offset) {
        int end = offset;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - offset < 200) {
            end++;
        }
        return Math.max(1, end - offset);
    }

    /** Applies a quick fix through the editor, as one undoable edit. */
    public void applyFix(Problem p) {
        p.fix().ifPresent(fix -> {
            String before = vm.getText();
            String after = Fixes.apply(before, fix, vm.session().site(), vm.path());
            if (!after.equals(before)) {
                editorPane.editor().applyEdit(TextDiffs.minimalEdit(before, after));
            }
        });
    }

    /** Puts recovered text in the editor as one undoable edit; the tab becomes dirty until saved. */
    public void restoreText(String recovered) {
        replaceText(editorPane.editor().getText(), recovered);
    }

    /** Moves the caret to a problem's position. */
    public void goTo(int line, int column) {
        editorPane.editor().goTo(line, column);
    }

    /** Goes to a problem: the form field it is about when it is in the frontmatter, else the editor line. */
    public void goTo(Problem p) {
        PostAnalysis a = vm.analysisProperty().get();
        if (a != null && a.frontmatter().status() == FrontmatterDocument.Status.OK) {
            for (FrontmatterDocument.Entry e : a.frontmatter().entries()) {
                int lastLine = a.lines().lineColumn(Math.max(e.startOffset(), e.endOffset() - 1))[0];
                if (p.line() >= e.line() && p.line() <= lastLine) {
                    form.focusField(e.key());
                    return;
                }
            }
        }
        goTo(p.line(), p.column());
    }

    public StringBinding statusText() {
        MarkdownEditor editor = editorPane.editor();
        return Bindings.createStringBinding(
                () -> "Ln " + editor.getCaretLine() + ", Col " + editor.getCaretColumn() + "  ·  " + vm.summaryText(),
                editor.caretPositionProperty(),
                vm.analysisProperty());
    }

    public PostTabViewModel viewModel() {
        return vm;
    }

    public MarkdownEditorPane editorPane() {
        return editorPane;
    }

    public PreviewPane preview() {
        return preview;
    }

    public ProblemsPanel problemsPanel() {
        return problemsPanel;
    }

    public SplitPane mainSplit() {
        return mainSplit;
    }

    public SplitPane outerSplit() {
        return outerSplit;
    }

    public FrontmatterForm form() {
        return form;
    }

    /** Stops background work; called when the tab closes. */
    public void dispose() {
        previewVm.dispose();
        vm.dispose();
        editorPane.dispose();
    }
}
