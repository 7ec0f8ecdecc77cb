package dev.postwright.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Shows the message of the problem under the mouse, as the RichTextFX tooltip demo does. */
final class ProblemPopup {
    private final Popup popup = new Popup();
    private final Label label = new Label();
    private final CodeArea area;
    private final Supplier<List<Underline>> problems;

    ProblemPopup(CodeArea area, Supplier<List<Underline>> problems) {
        this.area = area;
        this.problems = problems;
        label.getStyleClass().add("md-problem-popup");
        label.setWrapText(true);
        label.setMaxWidth(480);
        popup.getContent().add(label);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String message = messageAt(e.getCharacterIndex());
            if (message != null) {
                Point2D at = e.getScreenPosition();
                label.setText(message);
                popup.show(area, at.getX(), at.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** Messages of all problems covering {@code index}, one per line, or null. */
    String messageAt(int index) {
        StringBuilder sb = new StringBuilder();
        int paragraphs = area.getParagraphs().size();
        for (Underline u : problems.get()) {
            int par = Math.max(0, Math.min(u.line() - 1, paragraphs - 1));
            int len = area.getParagraphLength(par);
            int col = Math.min(Math.max(0, u.column() - 1), len);
            int start = area.getAbsolutePosition(par, col);
            int end = area.getAbsolutePosition(par, Math.min(col + Math.max(1, u.length()), len));
            if (index >= Math.min(start, end - 1) && index < Math.max(end, start + 1)) {
                sb.append(sb.length() == 0 ? "" : "\n")
                        .append(u.severity())
                        .append(": ")
                        .append(u.message());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    void hide() {
        popup.hide();
    }
}
