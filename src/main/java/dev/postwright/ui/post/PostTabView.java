package dev.postwright.ui.post;

import dev.postwright.render.PageTemplate;
import dev.postwright.render.RenderOptions;
import dev.postwright.render.SiteImageResolver;
import dev.postwright.site.ImageImport;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.ui.editor.MarkdownEditor;
import dev.postwright.ui.frontmatter.FormEdit;
import dev.postwright.ui.frontmatter.FrontmatterForm;
import dev.postwright.ui.frontmatter.FrontmatterFormViewModel;
import dev.postwright.ui.editor.MarkdownEditorPane;
import dev.postwright.ui.editor.Underline;
import dev.postwright.ui.preview.PreviewPane;
import dev.postwright.ui.preview.PreviewRenderer;
import dev.postwright.ui.preview.PreviewRequest;
import dev.postwright.ui.preview.PreviewViewModel;
import dev.postwright.ui.problems.ProblemsPanel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostHeaders;
import dev.postwright.validation.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

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
    public record Services(Executor background, Clock clock, PreviewRenderer renderer, PageTemplate template,
                           Consumer<String> openExternal, Consumer<String> openInternal,
                           Consumer<Problem> openProblem, Consumer<String> showError) {}

    public PostTabView(PostTabViewModel vm, Services services) {
        this.vm = vm;
        this.clock = services.clock();
        this.background = services.background();
        editorPane = new MarkdownEditorPane(new MarkdownEditor(services.background()));
        MarkdownEditor editor = editorPane.editor();
        editor.replaceText(vm.getText());
        editor.textProperty().addListener((o, a, text) -> vm.setText(text));

        preview = new PreviewPane(services.template());
        previewVm = new PreviewViewModel(services.renderer(), services.background());
        preview.contentProperty().bind(previewVm.contentProperty());
        preview.setOnExternalLink(services.openExternal());
        preview.setOnInternalLink(services.openInternal());

        problemsPanel = new ProblemsPanel(vm.problems(),
                () -> vm.session().index().all().stream()
                        .flatMap(s -> vm.session().problems(s.path()).stream()).toList(),
                p -> vm.session().site().relativize(p.file()), services.openProblem(), this::applyFix);

        form = buildForm();
        editorSplit = new SplitPane(form, editorPane);
        editorSplit.setOrientation(Orientation.VERTICAL);
        editorSplit.setDividerPositions(0.38);
        mainSplit = new SplitPane(editorSplit, preview);
        mainSplit.setDividerPositions(0.5);
        outerSplit = new SplitPane(mainSplit, problemsPanel);
        outerSplit.setOrientation(Orientation.VERTICAL);
        outerSplit.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(problemsPanel, false);
        setCenter(outerSplit);

        vm.problems().addListener((ListChangeListener<Problem>) c -> showUnderlines());
        vm.analysisProperty().addListener((o, a, analysis) -> requestPreview(analysis));
        requestPreview(vm.analysisProperty().get());
        previewVm.flush();
        showUnderlines();
        wireScrollSync(editor);
        new ImagePaste(editor, () -> new ImageImport(vm.session().site()), vm::path,
                () -> vm.analysisProperty().get() == null ? "" : vm.analysisProperty().get().summary().slug(),
                services.background(), services.showError()).install();
    }

    private FrontmatterForm buildForm() {
        var site = vm.session().site();
        FrontmatterFormViewModel formVm = new FrontmatterFormViewModel();
        formVm.setSchema(site.schema());
        formVm.setDescriptionLimits(site.config().descriptionMin(), site.config().descriptionMax());
        formVm.setPublicDir(site.publicDir());
        formVm.setPostDir(vm.path().getParent());
        formVm.setOnEdit(this::applyFormEdit);
        Runnable refresh = () -> {
            PostAnalysis a = vm.analysisProperty().get();
            if (a != null) {
                formVm.setTagCounts(vm.session().index().tagCounts());
                formVm.setDocument(a.frontmatter());
            }
            formVm.setProblems(List.copyOf(vm.problems()));
        };
        vm.analysisProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return new FrontmatterForm(formVm);
    }

    /**
     * A form edit goes through the lossless core on the document of the text as it is now, then into the
     * editor as one minimal, undoable replacement, so the two views never disagree.
     */
    private void applyFormEdit(FormEdit edit) {
        String current = vm.getText();
        PostAnalysis a = vm.analysisProperty().get();
        var site = vm.session().site();
        if (a != null && a.text().equals(current)) {
            replaceText(current, FormEdits.apply(a.frontmatter(), edit, site.schema()).text());
            return;
        }
        // The analysis is behind the editor: parse the current text off the UI thread, then apply.
        java.util.concurrent.CompletableFuture
                .supplyAsync(() -> FormEdits.apply(FrontmatterDocument.parse(current, site.dialect()), edit,
                        site.schema()).text(), background)
                .thenAccept(after -> Platform.runLater(() -> {
                    if (vm.getText().equals(current)) {
                        replaceText(current, after);
                    }
                }));
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

    private void requestPreview(PostAnalysis a) {
        if (a == null) {
            return;
        }
        var site = vm.session().site();
        RenderOptions options = RenderOptions.of(new SiteImageResolver(site.publicDir(), vm.path().getParent()));
        previewVm.request(new PreviewRequest(PostHeaders.of(a, clock), a.frontmatter().body(),
                a.frontmatter().bodyStartLine(), a.frontmatter().bodyOffset(), options));
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
            String after = Fixes.apply(before, fix, vm.session().site());
            if (!after.equals(before)) {
                editorPane.editor().applyEdit(TextDiffs.minimalEdit(before, after));
            }
        });
    }

    /** Moves the caret to a problem's position. */
    public void goTo(int line, int column) {
        editorPane.editor().goTo(line, column);
    }

    public StringBinding statusText() {
        MarkdownEditor editor = editorPane.editor();
        return Bindings.createStringBinding(() -> "Ln " + editor.getCaretLine() + ", Col " + editor.getCaretColumn()
                        + "  ·  " + vm.summaryText(),
                editor.caretPositionProperty(), vm.analysisProperty());
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
