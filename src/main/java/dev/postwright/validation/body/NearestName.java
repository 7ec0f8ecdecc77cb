package dev.postwright.validation.body;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Closest} over a large, fixed set of names (a site's post URLs, a long post's heading ids) without
 * comparing each query with every name: 10,000 posts with one broken link each made 10⁸ edit-distance runs.
 * Up to {@link #SCAN_ALL} names every one is compared, as before. Above that, names are indexed by their
 * 3-character pieces; a query is compared only with the {@link #SHORTLIST} names sharing most pieces with it,
 * ignoring pieces so common (over {@link #COMMON} names, like {@code /po}) that they tell nothing apart. A
 * suggestion is a hint, so missing a far-fetched one in a huge site is the price of a bounded check.
 */
final class NearestName {

    static final int SCAN_ALL = 300;
    static final int SHORTLIST = 32;
    static final int COMMON = 256;
    private static final int GRAM = 3;

    private final List<String> names;
    private final Map<String, List<Integer>> byGram;

    NearestName(Collection<String> names) {
        this.names = List.copyOf(names);
        if (this.names.size() <= SCAN_ALL) {
            byGram = Map.of();
            return;
        }
        byGram = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            String name = this.names.get(i);
            for (int g = 0; g + GRAM <= name.length(); g++) {
                List<Integer> posting = byGram.computeIfAbsent(name.substring(g, g + GRAM), k -> new ArrayList<>());
                if (posting.isEmpty() || posting.get(posting.size() - 1) != i) {
                    posting.add(i);
                }
            }
        }
    }

    Optional<String> closest(String wanted) {
        if (names.size() <= SCAN_ALL) {
            return Closest.to(wanted, names);
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (int g = 0; g + GRAM <= wanted.length(); g++) {
            List<Integer> posting = byGram.get(wanted.substring(g, g + GRAM));
            if (posting != null && posting.size() <= COMMON) {
                posting.forEach(i -> shared.merge(i, 1, Integer::sum));
            }
        }
        List<String> shortlist = shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SHORTLIST)
                .map(e -> names.get(e.getKey()))
                .toList();
        return Closest.to(wanted, shortlist);
    }
}
