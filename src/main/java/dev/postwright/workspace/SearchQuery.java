package dev.postwright.workspace;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the writer searches the site for.
 *
 * @param text the words, or a Java regular expression when {@code regex}
 * @param field the frontmatter key searched when the scope is {@link Scope#FIELD}; blank means every field
 */
public record SearchQuery(String text, boolean regex, boolean wholeWord, boolean matchCase, Scope scope, String field) {

    /** Which part of each post is searched. */
    public enum Scope {
        BODY,
        FIELD,
        BOTH
    }

    public SearchQuery {
        text = text == null ? "" : text;
        field = field == null ? "" : field.strip();
        scope = scope == null ? Scope.BOTH : scope;
    }

    /** Plain text anywhere in the post, ignoring case. */
    public static SearchQuery plain(String text) {
        return new SearchQuery(text, false, false, false, Scope.BOTH, "");
    }

    /** Why the query cannot run (empty, or a regex that does not compile), in words; empty when it can. */
    public Optional<String> problem() {
        if (text.isEmpty()) {
            return Optional.of("Type something to search for.");
        }
        if (regex) {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                return Optional.of("The regular expression is not valid: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : "") + ".");
            }
        }
        return Optional.empty();
    }

    /** The pattern this query matches; call only when {@link #problem()} is empty. */
    public Pattern pattern() {
        String core = regex ? "(?:" + text + ")" : Pattern.quote(text);
        if (wholeWord) {
            // a word is letters, digits and '_' in any script; \b alone treats accented letters as boundaries
            core = "(?<![\\p{L}\\p{N}_])" + core + "(?![\\p{L}\\p{N}_])";
        }
        int flags = Pattern.MULTILINE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(core, flags);
    }
}
