package dev.postwright.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Pure find/replace over a text: plain or regex, with or without case. Bad input becomes an
 * error message, never an exception, and a runaway regex is cut off after a time limit.
 */
public final class TextSearch {
    /** Stop collecting after this many hits; the editor cannot show more usefully. */
    public static final int MAX_MATCHES = 100_000;

    private static final long TIME_LIMIT_NANOS = 500_000_000L;

    /** A non-empty hit {@code [start, end)}. */
    public record Match(int start, int end) {}

    /** The hits, or an error message (then no hits). */
    public record Result(List<Match> matches, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** How to search. */
    public record Query(String text, boolean caseSensitive, boolean regex) {}

    /** A Replace All as one minimal edit of {@code [from, to)}, or an error. */
    public record Replacement(int from, int to, String text, int count, String error) {}

    private TextSearch() {}

    /** All non-empty hits of {@code query} in {@code text}, in order. */
    public static Result findAll(String text, Query query) {
        if (query.text().isEmpty()) {
            return new Result(List.of(), null);
        }
        try {
            Matcher matcher = compile(query).matcher(new Deadline(text));
            List<Match> matches = new ArrayList<>();
            while (matches.size() < MAX_MATCHES && matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    matches.add(new Match(matcher.start(), matcher.end()));
                }
            }
            return new Result(Collections.unmodifiableList(matches), null);
        } catch (PatternSyntaxException e) {
            return new Result(List.of(), "Invalid regex: " + e.getDescription());
        } catch (Deadline.Expired e) {
            return new Result(List.of(), "Regex too slow on this text");
        }
    }

    /**
     * What {@code match} would be replaced with ({@code $1} groups expanded in regex mode),
     * or null when the regex or the replacement is invalid.
     */
    public static String replacementFor(String text, Match match, Query query, String replacement) {
        try {
            Matcher matcher = compile(query).matcher(text);
            if (!matcher.find(match.start()) || matcher.start() != match.start()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            matcher.appendReplacement(sb, literal(query, replacement));
            return sb.substring(match.start());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Replaces every hit; the result covers first hit start to last hit end so undo stays local. */
    public static Replacement replaceAll(String text, Query query, String replacement) {
        Result found = findAll(text, query);
        if (!found.ok() || found.matches().isEmpty()) {
            return new Replacement(0, 0, "", 0, found.error());
        }
        try {
            // same pass as findAll (which has vetted the regex and its speed), so the hits agree
            Matcher matcher = compile(query).matcher(text);
            String rep = literal(query, replacement);
            StringBuilder sb = new StringBuilder();
            int from = -1;
            int to = -1;
            int count = 0;
            while (count < MAX_MATCHES && matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    from = from < 0 ? matcher.start() : from;
                    matcher.appendReplacement(sb, rep);
                    to = matcher.end();
                    count++;
                }
            }
            return new Replacement(from, to, sb.substring(from), count, null);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Replacement(0, 0, "", 0, "Invalid replacement: " + e.getMessage());
        }
    }

    /** Index of the first hit starting at or after {@code pos}, wrapping to 0; -1 when none. */
    public static int indexAtOrAfter(List<Match> matches, int pos) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= pos) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    private static Pattern compile(Query query) {
        int flags = Pattern.MULTILINE | (query.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(query.regex() ? query.text() : Pattern.quote(query.text()), flags);
    }

    private static String literal(Query query, String replacement) {
        return query.regex() ? replacement : Matcher.quoteReplacement(replacement);
    }

    /** A text view that gives up once a regex has run too long on it (catastrophic backtracking). */
    private static final class Deadline implements CharSequence {
        static final class Expired extends RuntimeException {
            Expired() {
                super(null, null, false, false);
            }
        }

        private final CharSequence text;
        private final long deadline;
        private int calls;

        Deadline(CharSequence text) {
            this(text, System.nanoTime() + TIME_LIMIT_NANOS);
        }

        private Deadline(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++calls % 4096 == 0 && System.nanoTime() > deadline) {
                throw new Expired();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
