package dev.postwright.ui.frontmatter;

import dev.postwright.validation.text.TagVocabulary;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tag autocomplete and near-duplicate canonicalisation against the site's tag vocabulary. */
final class TagAssist {

    static final int MAX_SUGGESTIONS = 10;
    private static final Pattern DISPLAY = Pattern.compile("(.*) \\(\\d+\\)");

    private final Map<String, Integer> counts;
    private final TagVocabulary vocabulary;

    TagAssist(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
        this.vocabulary = new TagVocabulary(this.counts);
    }

    /** Site tags matching the prefix, prefix matches first, then by count; shown as "tag (count)". */
    List<String> suggest(String prefix, Collection<String> exclude) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        Comparator<String> order = Comparator.<String>comparingInt(
                        t -> t.toLowerCase(Locale.ROOT).startsWith(p) ? 0 : 1)
                .thenComparingInt(t -> -counts.get(t))
                .thenComparing(Comparator.naturalOrder());
        return counts.keySet().stream()
                .filter(t -> counts.get(t) != null && counts.get(t) > 0)
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(p))
                .filter(t -> !exclude.contains(t))
                .sorted(order)
                .limit(MAX_SUGGESTIONS)
                .map(t -> t + " (" + counts.get(t) + ")")
                .toList();
    }

    /** The existing spelling of a near-duplicate, else the typed tag (stripped). */
    String canonical(String typed) {
        String t = typed.strip();
        return t.isEmpty() ? t : vocabulary.nearDuplicateOf(t).orElse(t);
    }

    int count(String tag) {
        return counts.getOrDefault(tag, 0);
    }

    /** The tag of a suggestion shown as "tag (count)". */
    static String tagOf(String suggestion) {
        Matcher m = DISPLAY.matcher(suggestion);
        return m.matches() ? m.group(1) : suggestion;
    }
}
