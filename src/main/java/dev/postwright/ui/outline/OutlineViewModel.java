package dev.postwright.ui.outline;

import dev.postwright.render.Heading;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.workspace.Outline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The outline of the post in the selected tab and the heading the caret is under. Built from the tab's latest
 * analysis (parsed off the UI thread already), so nothing here parses. Use from the UI thread.
 */
public final class OutlineViewModel {

    private final ReadOnlyObjectWrapper<Outline> outline = new ReadOnlyObjectWrapper<>(this, "outline");
    private final ReadOnlyObjectWrapper<Heading> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObjectProperty<PostAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private int caretLine = 1;

    public OutlineViewModel() {
        analysis.addListener((o, a, post) -> {
            outline.set(post == null ? null : Outline.of(post.markdown()));
            updateCurrent();
        });
    }

    /** The analysis to outline: the selected tab's, or null when no post is open. */
    public ObjectProperty<PostAnalysis> analysisProperty() {
        return analysis;
    }

    /** The caret moved to this 1-based line. */
    public void setCaretLine(int line) {
        caretLine = line;
        updateCurrent();
    }

    private void updateCurrent() {
        Outline o = outline.get();
        current.set(o == null ? null : o.headingAt(caretLine).orElse(null));
    }

    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** The heading whose section holds the caret; null above the first heading. */
    public ReadOnlyObjectProperty<Heading> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
