package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.validation.Fix;
import dev.postwright.validation.Problem;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assigns a post's problems to frontmatter fields by the lines each entry spans. */
final class FieldProblems {

    private FieldProblems() {}

    /** Field name → its problems; fields without problems are absent. */
    static Map<String, List<Problem>> assign(
            FrontmatterDocument doc, Collection<String> fieldNames, List<Problem> problems) {
        Map<String, List<Problem>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            fieldOf(doc, fieldNames, p)
                    .ifPresent(name ->
                            out.computeIfAbsent(name, k -> new ArrayList<>()).add(p));
        }
        return out;
    }

    private static Optional<String> fieldOf(FrontmatterDocument doc, Collection<String> names, Problem p) {
        if (doc.status() == FrontmatterDocument.Status.OK) {
            for (FrontmatterDocument.Entry e : doc.entries()) {
                if (names.contains(e.key()) && p.line() >= e.line() && p.line() <= lastLine(doc.text(), e)) {
                    return Optional.of(e.key());
                }
            }
        }
        // A missing field has no line of its own; the validator reports it at the top of the file.
        if (p.rule().equals(RuleId.FIELD_REQUIRED.id())) {
            for (String name : names) {
                if (namesField(p.message(), name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    static boolean namesField(String message, String name) {
        for (String quote : List.of("'", "\"", "`", "\u2018", "\u201c")) {
            String close = quote.equals("\u2018") ? "\u2019" : quote.equals("\u201c") ? "\u201d" : quote;
            if (message.contains(quote + name + close)) {
                return true;
            }
        }
        String first = message.strip().split("[\\s:]", 2)[0];
        return first.equals(name);
    }

    /** The line of the entry's last character before its line ending. */
    static int lastLine(String text, FrontmatterDocument.Entry e) {
        int end = Math.min(e.endOffset(), text.length());
        // endOffset includes the trailing line break, which belongs to the entry's last line.
        while (end > e.startOffset() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int line = e.line();
        int from = Math.max(0, Math.min(e.startOffset(), end));
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The worst severity among the problems, or null. */
    static Severity worst(List<Problem> problems) {
        Severity worst = null;
        for (Problem p : problems) {
            if (worst == null || p.severity().ordinal() < worst.ordinal()) {
                worst = p.severity();
            }
        }
        return worst;
    }

    /** Messages with their fix descriptions, one per line. */
    static String describe(List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        for (Problem p : problems) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(p.message());
            p.fix()
                    .map(Fix::description)
                    .ifPresent(d -> b.append('\n').append("Fix: ").append(d));
        }
        return b.toString();
    }

    /** "YAML error on line 4, column 7: …" and the like, for a document the form cannot show. */
    static String describeError(FrontmatterDocument doc) {
        String message = doc.error()
                .map(e -> e.message())
                .orElse("the frontmatter is one {...} mapping; " + "edit it as raw YAML");
        return switch (doc.status()) {
            case YAML_ERROR ->
                doc.error()
                        .map(e -> doc.format() + " error on line " + e.line() + ", column " + e.column() + ": "
                                + e.message())
                        .orElse(doc.format() + " error: " + message);
            case MISSING -> "No frontmatter: " + message;
            case UNTERMINATED -> "Unfinished frontmatter: " + message;
            case OK -> "Cannot edit as a form: " + message;
        };
    }

    /** Sets each row's severity and tooltip text; a row's own input error (a typed non-date) comes first. */
    static void show(List<FieldModel> rows, Map<String, List<Problem>> byField, Map<String, String> localErrors) {
        for (FieldModel m : rows) {
            List<Problem> list = byField.getOrDefault(m.name(), List.of());
            String local = localErrors.get(m.name());
            String text = describe(list);
            m.severity().set(local != null ? Severity.ERROR : worst(list));
            m.problemText().set(local == null ? text : text.isEmpty() ? local : local + "\n" + text);
        }
    }
}
