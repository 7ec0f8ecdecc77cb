package dev.postwright.ui.editor;

import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The editor's line numbers: one light node (a region holding a text) per paragraph on screen.
 *
 * <p>RichTextFX gives each paragraph cell a new graphic whenever the cell is rebuilt, which happens to the line
 * being typed in on every keystroke. Its own {@code LineNumberFactory} makes a {@code Label} there, a control
 * whose skin, CSS and text binding had to be set up inside the keystroke's frame (most of that frame's layout
 * time in the first keystrokes). Numbers are padded to the digits of the paragraph count, so they line up in
 * the monospace font; the editor makes a new factory when that count gains or loses a digit.
 */
final class LineNumbers implements IntFunction<Node> {

    static final String STYLE_CLASS = "lineno";
    static final String TEXT_STYLE_CLASS = "lineno-text";
    // the gap after the number keeps it apart from the text; the same width as the label it replaces
    private static final Insets PADDING = new Insets(0, 14, 0, 6);

    private final int digits;

    LineNumbers(int digits) {
        this.digits = Math.max(1, digits);
    }

    /** Digits of the largest line number among {@code paragraphs} lines. */
    static int digitsFor(int paragraphs) {
        return String.valueOf(Math.max(1, paragraphs)).length();
    }

    int digits() {
        return digits;
    }

    @Override
    public Node apply(int paragraph) {
        String number = String.valueOf(paragraph + 1);
        return new Number(" ".repeat(Math.max(0, digits - number.length())) + number);
    }

    /** One line's number, right-aligned at the top of the paragraph's full height. */
    static final class Number extends Region {
        private final Text text;

        Number(String label) {
            getStyleClass().add(STYLE_CLASS);
            setPadding(PADDING);
            text = new Text(label);
            text.getStyleClass().add(TEXT_STYLE_CLASS);
            text.setTextOrigin(VPos.TOP);
            getChildren().add(text);
        }

        String label() {
            return text.getText();
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + Math.ceil(text.getLayoutBounds().getWidth()) + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + Math.ceil(text.getLayoutBounds().getHeight()) + snappedBottomInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            text.relocate(
                    snapPositionX(getWidth()
                            - snappedRightInset()
                            - text.getLayoutBounds().getWidth()),
                    snappedTopInset());
        }
    }
}
