package dev.postwright.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses TOML and JSON front matter blocks into entries and splice spans, or a syntax error at line and column. */
final class OtherFormats {

    /** The block's entries and spans, or its first problem (then the spans are empty and nothing is edited). */
    record Parsed(
            List<FrontmatterDocument.Entry> entries,
            Map<String, SourceSpan> spans,
            int rootEnd,
            Optional<YamlProblem> problem) {}

    private OtherFormats() {}

    /** The TOML block {@code [from, to)}: tomlj validates it, {@link TomlReader} records where everything is. */
    static Parsed toml(String text, int from, int to, LineIndex lines) {
        Optional<YamlProblem> error = TomlCheck.firstError(text.substring(from, to), lines.line(from));
        if (error.isPresent()) {
            // the simple top-level fields still read for the site index (title, date, tags)
            return new Parsed(List.copyOf(TomlLines.read(text, from, to, lines)), Map.of(), from, error);
        }
        try {
            TomlReader.Result r = TomlReader.read(text, from, to, lines);
            return new Parsed(List.copyOf(r.entries()), Map.copyOf(r.spans()), r.rootEnd(), Optional.empty());
        } catch (TomlReader.Unreadable e) {
            int at = Math.min(e.offset, Math.max(from, to - 1));
            return new Parsed(
                    List.copyOf(TomlLines.read(text, from, to, lines)),
                    Map.of(),
                    from,
                    Optional.of(new YamlProblem(
                            "Postwright cannot read this TOML: " + e.getMessage(), lines.line(at), lines.column(at))));
        } catch (RuntimeException e) {
            return new Parsed(
                    List.copyOf(TomlLines.read(text, from, to, lines)),
                    Map.of(),
                    from,
                    Optional.of(new YamlProblem("Postwright cannot read this TOML", lines.line(from), 1)));
        }
    }

    /** The JSON object {@code [0, end)}. */
    static Parsed json(String text, int end, LineIndex lines) {
        JsonReader.Result r = JsonReader.read(text, end, lines);
        return new Parsed(List.copyOf(r.entries()), Map.copyOf(r.spans()), 0, r.problem());
    }
}
