package dev.postwright.site.generator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's {@code title} (its default {@code titleCaseStyle}, AP style), {@code humanize} and
 * {@code strings.FirstUpper}. Hugo's AP style asks a part-of-speech tagger which short words are articles,
 * conjunctions and prepositions; this uses a fixed list of them instead, which gives the same result for ordinary
 * titles ({@code night-train-to-narvik} → {@code Night Train to Narvik}).
 */
final class HugoTitleCase {

    /** Words shorter than four letters that AP style leaves in lower case unless first or last. */
    private static final Set<String> SMALL = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "as", "at", "by", "in", "of", "on", "per", "to", "via",
            "vs", "vs.");

    /** A word as Hugo's title-caser finds one: letters or digits, then anything up to a space, dash or slash. */
    private static final Pattern WORD = Pattern.compile("[\\p{N}\\p{L}]+[^\\s\\-/]*");

    private HugoTitleCase() {}

    static String title(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        m.reset();
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            char prev = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
            boolean inside = m.start() > 0 && m.start() != last;
            String out = inside && SMALL.contains(lower) && (prev == ' ' || prev == '-' || prev == '/')
                    ? lower
                    : firstUpper(word);
            m.appendReplacement(b, Matcher.quoteReplacement(out));
        }
        m.appendTail(b);
        return b.toString();
    }

    static String firstUpper(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toTitleCase(first))
                .append(s.substring(Character.charCount(first)))
                .toString();
    }

    /** {@code night-train_to-narvik} → {@code Night train to narvik}. */
    static String humanize(String s) {
        return firstUpper(s.replace('-', ' ').replace('_', ' ').strip().toLowerCase(Locale.ROOT));
    }
}
