package dev.postwright.ui.frontmatter;

import dev.postwright.validation.Severity;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Style class names of the frontmatter form and how a row's problems show on its control. */
final class FormStyles {

    static final String STYLESHEET =
            FormStyles.class.getResource("frontmatter-form.css").toExternalForm();
    static final String FORM = "pw-frontmatter-form";
    static final String LABEL = "pw-field-label";
    static final String HINT = "pw-field-hint";
    static final String CHIP = "pw-chip";
    static final String CHIP_REMOVE = "pw-chip-remove";
    static final String COUNTER = "pw-counter";
    static final String COUNTER_OUT = "pw-counter-out";
    static final String YAML_ERROR = "pw-yaml-error";
    static final String RAW = "pw-raw-yaml";
    static final String FORMAT = "pw-frontmatter-format";
    static final String ERROR = "pw-field-error";
    static final String WARNING = "pw-field-warning";
    static final String INFO = "pw-field-info";

    private FormStyles() {}

    /** Keeps the control's severity class and tooltip in step with the row's problems. */
    static void showProblems(FieldModel row, Node control) {
        row.severity().addListener((o, old, s) -> severity(control, s));
        severity(control, row.severity().get());
        if (control instanceof Control c) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(row.problemText());
            row.problemText().addListener((o, old, text) -> c.setTooltip(text.isEmpty() ? null : tip));
            c.setTooltip(row.problemText().get().isEmpty() ? null : tip);
        } else {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(row.problemText());
            Tooltip.install(control, tip);
        }
    }

    static void severity(Node node, Severity s) {
        node.getStyleClass().removeAll(ERROR, WARNING, INFO);
        if (s != null) {
            node.getStyleClass()
                    .add(
                            switch (s) {
                                case ERROR -> ERROR;
                                case WARNING -> WARNING;
                                case INFO -> INFO;
                            });
        }
    }

    static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
