package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.DateFormatKeeper;
import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlValue;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.StringProperty;

/** Turns one row's writer change into the {@link FormEdit} its field type calls for. */
final class RowEdits {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final FrontmatterFormViewModel vm;
    private final FieldModel row;

    RowEdits(FrontmatterFormViewModel vm, FieldModel row) {
        this.vm = vm;
        this.row = row;
    }

    void textChanged(String text) {
        // Half a surrogate pair: an emoji arriving one char at a time. The next change completes it.
        if (!vm.editable() || splitsACharacter(text)) {
            return;
        }
        switch (row.kind()) {
            case TEXT, DESCRIPTION, IMAGE, ENUM -> {
                writeString(text);
                if (row.name().equals(FrontmatterFormViewModel.TITLE)) {
                    vm.titleChanged();
                }
            }
            case SLUG -> {
                // A slug typed by hand is the writer's choice: the title must no longer overwrite it.
                vm.slugLocked().set(true);
                writeString(text);
            }
            // Dates are written on commit (Enter, focus loss): half-typed dates must not be reformatted under the
            // caret.
            case DATE ->
                vm.setLocalError(
                        row.name(),
                        text.isBlank() || FieldValues.parseDate(text).isPresent()
                                ? null
                                : FrontmatterFormViewModel.NOT_A_DATE);
            case NUMBER -> number(text.strip());
            case RAW -> raw(text.strip());
            default -> {}
        }
    }

    static boolean splitsACharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code text} as the row's string value: optional rows cleared are removed, required keep "". */
    void writeString(String text) {
        if (!vm.editable()) {
            return;
        }
        boolean present = vm.document().entry(row.name()).isPresent();
        String current = present ? FieldReader.text(vm.document(), row) : null;
        if (text.equals(current)) {
            return;
        }
        if (text.isEmpty() && !row.required()) {
            if (present) {
                vm.emit(new FormEdit.Remove(row.name()));
            }
            return;
        }
        vm.emit(new FormEdit.SetValue(row.name(), YamlValue.string(text)));
    }

    void tagsChanged() {
        if (!vm.editable()) {
            return;
        }
        FrontmatterDocument doc = vm.document();
        boolean present = doc.entry(row.name()).isPresent();
        List<String> tags = List.copyOf(row.tags());
        if (present
                && tags.equals(FieldReader.tags(doc, row.name()))
                && doc.value(row.name())
                        .filter(v -> v instanceof YamlValue.Sequence)
                        .isPresent()) {
            return;
        }
        if (tags.isEmpty() && !row.required()) {
            if (present) {
                vm.emit(new FormEdit.Remove(row.name()));
            }
            return;
        }
        vm.emit(new FormEdit.SetValue(row.name(), YamlValue.stringList(tags, FieldReader.flow(doc, row.name()))));
    }

    private void number(String text) {
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            vm.setLocalError(row.name(), null);
            if (text.isEmpty()) {
                writeString("");
            } else if (!text.equals(FieldReader.text(vm.document(), row))) {
                vm.emit(new FormEdit.SetValue(row.name(), YamlValue.number(text)));
            }
        } else {
            vm.setLocalError(row.name(), "Not a number: " + text);
        }
    }

    /** An unknown key's value typed as YAML: parsed as one scalar so it keeps its YAML type and quotes. */
    private void raw(String text) {
        FrontmatterDocument doc = vm.document();
        if (text.equals(FieldReader.text(doc, row))) {
            vm.setLocalError(row.name(), null);
            return;
        }
        if (text.isEmpty()) {
            vm.setLocalError(row.name(), null);
            vm.emit(new FormEdit.SetValue(row.name(), YamlValue.nullValue()));
            return;
        }
        Optional<YamlValue.Scalar> scalar = FieldValues.parseScalar(text, doc.dialect());
        if (scalar.isPresent()) {
            YamlValue.Scalar s = scalar.get();
            vm.setLocalError(row.name(), null);
            vm.emit(new FormEdit.SetValue(row.name(), s));
        } else {
            vm.setLocalError(row.name(), "Not a single YAML value; use Raw YAML for lists and mappings");
        }
    }

    /** Writes the typed date; a bare date typed over a date-time changes the day only, keeping time and zone. */
    void commitDate() {
        String name = row.name();
        String typed = row.text().get().strip();
        String old = FieldReader.currentScalar(vm.document(), name);
        if (!vm.editable() || typed.equals(old == null ? "" : old)) {
            return;
        }
        if (typed.isEmpty() && !row.required()) {
            vm.emit(new FormEdit.Remove(name));
            return;
        }
        Optional<Temporal> parsed = FieldValues.parseDate(typed);
        if (parsed.isEmpty()) {
            vm.setLocalError(name, FrontmatterFormViewModel.NOT_A_DATE);
            return;
        }
        boolean dayOnly = parsed.get() instanceof LocalDate
                && old != null
                && FieldValues.parseDate(old)
                        .filter(t -> !(t instanceof LocalDate))
                        .isPresent();
        String value = dayOnly ? DateFormatKeeper.format(parsed.get(), old) : typed;
        vm.setQuietly(row.text(), value);
        vm.setLocalError(name, null);
        vm.emit(new FormEdit.SetValue(name, YamlValue.timestamp(value)));
    }

    /** Sets the day (date picker), formatted like the old value so time, zone and separators stay. */
    void setDatePart(LocalDate day) {
        String old = FieldReader.currentScalar(vm.document(), row.name());
        String value = old == null || old.isBlank() ? day.toString() : DateFormatKeeper.format(day, old);
        vm.setQuietly(row.text(), value);
        vm.setLocalError(row.name(), null);
        if (vm.editable() && !value.equals(old)) {
            vm.emit(new FormEdit.SetValue(row.name(), YamlValue.timestamp(value)));
        }
    }

    /** Adds a tag in the site's existing spelling; the notice tells the writer when it was respelled. */
    Optional<String> addTag(String typed, TagAssist assist, StringProperty notice) {
        String raw = TagAssist.tagOf(typed.strip());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String tag = assist.canonical(raw);
        if (row.tags().contains(tag)) {
            notice.set("Already tagged '" + tag + "'");
            return Optional.empty();
        }
        notice.set(
                tag.equals(raw)
                        ? ""
                        : "Using the existing tag '" + tag + "' (" + assist.count(tag) + " posts) instead of '" + raw
                                + "'");
        row.tags().add(tag);
        return Optional.of(tag);
    }
}
