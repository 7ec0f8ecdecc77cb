package dev.postwright.ui.theme;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one node that changes often (the text being typed in, the status line) and stops its layout requests
 * from climbing to the window. JavaFX lays out every ancestor of a node that asks for layout, so each keystroke
 * re-laid out the tab's split panes, the tab pane and the window around the editor. An unmanaged node is its own
 * layout root: the pass walks down to it without laying out what is around it. This region gives it the size
 * and place a managed child would get, and asks its parent for layout only when its own size changes.
 * Use it where the child's size is set by the space around it, not by its content.
 */
public final class LayoutBoundary extends Region {

    private final Node child;

    public LayoutBoundary(Node child) {
        this.child = Objects.requireNonNull(child, "child");
        child.setManaged(false);
        getChildren().add(child);
        getStyleClass().add("pw-layout-boundary");
    }

    public Node child() {
        return child;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        child.resizeRelocate(
                left,
                top,
                Math.max(0, getWidth() - left - snappedRightInset()),
                Math.max(0, getHeight() - top - snappedBottomInset()));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + child.minWidth(height) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + child.minHeight(width) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + child.prefWidth(height) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + child.prefHeight(width) + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return Double.MAX_VALUE;
    }
}
