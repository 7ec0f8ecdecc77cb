package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.FieldType;
import dev.postwright.validation.Severity;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One row of the frontmatter form: a schema field or an unknown key, with its value and problems. */
public final class FieldModel {

    /** How the row is edited; decides the control and the YAML value written. */
    public enum Kind {
        TEXT,
        DESCRIPTION,
        BOOLEAN,
        DATE,
        TAGS,
        SLUG,
        IMAGE,
        ENUM,
        NUMBER,
        RAW
    }

    private final String name;
    private final FieldType type;
    private final Kind kind;
    private final boolean required;
    private final boolean inSchema;
    private final List<String> enumValues;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked", false);
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present", false);
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity");
    private final StringProperty problemText = new SimpleStringProperty(this, "problemText", "");

    FieldModel(String name, FieldType type, Kind kind, boolean required, boolean inSchema, List<String> enumValues) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.required = required;
        this.inSchema = inSchema;
        this.enumValues = List.copyOf(enumValues);
    }

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** False for keys the document has but the schema does not declare. */
    public boolean inSchema() {
        return inSchema;
    }

    public List<String> enumValues() {
        return enumValues;
    }

    /** The written value of text-like rows: the string, the date as written, or the raw YAML of unknown keys. */
    public StringProperty text() {
        return text;
    }

    public BooleanProperty checked() {
        return checked;
    }

    /** Whether the key is in the document; an absent boolean shows unchecked with a "not set" hint. */
    public BooleanProperty present() {
        return present;
    }

    /** False for unknown keys whose value is a list or mapping: shown as YAML, edited in raw mode. */
    public BooleanProperty editable() {
        return editable;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The worst problem on the field, or null when it has none. */
    public ObjectProperty<Severity> severity() {
        return severity;
    }

    /** Problem messages and fix descriptions, one per line, for the tooltip. */
    public StringProperty problemText() {
        return problemText;
    }

    @Override
    public String toString() {
        return "FieldModel[" + name + ", " + kind + "]";
    }
}
