package dev.postwright.validation.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site's tags with their use counts, answering "is this tag a near-duplicate of one in use?".
 *
 * <p>Two tags are near-duplicates when, after lower-casing and treating runs of {@code -},
 * {@code _} and spaces as one {@code -}, they are equal, differ by a plural ending on a stem of
 * at least 3 chars ({@code s}, {@code es}, {@code y}↔{@code ies}), or are one edit apart with
 * both at least 4 chars — except a digit swapped for a digit ({@code python2}/{@code python3}),
 * which names a different thing.
 *
 * <p>Within a cluster of near-duplicates one tag is canonical: most used, then kebab-case,
 * then alphabetically first. A tag gets a suggestion only when a candidate ranks strictly above
 * it, so the minority spelling is flagged and the majority never is.
 */
public final class TagVocabulary {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+");

    private final Map<String, Integer> counts;
    private final Map<String, String> normalized = new HashMap<>();
    private final Comparator<String> rank;

    /** Tag → how many posts use it (the current post excluded); counts below 1 are ignored. */
    public TagVocabulary(Map<String, Integer> tagCounts) {
        Map<String, Integer> c = new LinkedHashMap<>();
        tagCounts.forEach((tag, n) -> {
            if (tag != null && n != null && n > 0) {
                c.put(tag, n);
            }
        });
        this.counts = Map.copyOf(c);
        counts.keySet().forEach(t -> normalized.put(t, normalize(t)));
        this.rank = Comparator.<String>comparingInt(t -> -counts.getOrDefault(t, 0))
                .thenComparing(t -> isKebab(t) ? 0 : 1)
                .thenComparing(Comparator.naturalOrder());
    }

    /** The existing tag {@code tag} should be written as, or empty when it is fine as it is. */
    public Optional<String> nearDuplicateOf(String tag) {
        return nearDuplicateOf(tag, 0);
    }

    /**
     * As {@link #nearDuplicateOf(String)}, with the tag's own uses in the current post counted when ranking,
     * so two spellings used once each do not flag each other (the kebab-case one wins).
     */
    public Optional<String> nearDuplicateOf(String tag, int ownUses) {
        String key = normalize(tag);
        String best = null;
        for (Map.Entry<String, String> e : normalized.entrySet()) {
            String other = e.getKey();
            if (!other.equals(tag) && near(key, e.getValue()) && (best == null || rank.compare(other, best) < 0)) {
                best = other;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int tagCount = counts.getOrDefault(tag, 0) + ownUses;
        int bestCount = counts.get(best);
        boolean bestRanksAbove;
        if (bestCount != tagCount) {
            bestRanksAbove = bestCount > tagCount;
        } else if (isKebab(best) != isKebab(tag)) {
            bestRanksAbove = isKebab(best);
        } else {
            bestRanksAbove = best.compareTo(tag) < 0;
        }
        return bestRanksAbove ? Optional.of(best) : Optional.empty();
    }

    /** Whether the tag is lowercase {@code a-z0-9} words joined by single {@code -}. */
    public static boolean isKebab(String tag) {
        return KEBAB.matcher(tag).matches();
    }

    /**
     * The tag in kebab-case: accents dropped, lower-cased, every other run of chars turned into
     * one {@code -}, no camel-case splitting ({@code JavaScript} → {@code javascript}).
     * May return an empty string ({@code ++}); callers offer no fix then.
     */
    public static String toKebab(String tag) {
        String ascii = Normalizer.normalize(tag, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Indexes of the second and later occurrences of an exact repeat, in order. */
    public static List<Integer> duplicateIndexes(List<String> tags) {
        Set<String> seen = new HashSet<>();
        List<Integer> dups = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (!seen.add(tags.get(i))) {
                dups.add(i);
            }
        }
        return dups;
    }

    static String normalize(String tag) {
        return SEPARATORS.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    static boolean near(String a, String b) {
        if (a.equals(b) || plural(a, b) || plural(b, a)) {
            return true;
        }
        return a.length() >= 4 && b.length() >= 4 && Levenshtein.withinOne(a, b) && !digitSwap(a, b);
    }

    private static boolean plural(String one, String many) {
        if (one.length() < 3) {
            return false;
        }
        return many.equals(one + "s")
                || many.equals(one + "es")
                || one.endsWith("y") && many.equals(one.substring(0, one.length() - 1) + "ies");
    }

    private static boolean digitSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(i));
            }
        }
        return false;
    }
}
