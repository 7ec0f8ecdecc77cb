package dev.postwright.validation.body;

import dev.postwright.validation.text.Levenshtein;
import java.util.Collection;
import java.util.Optional;

/** Picks the candidate a writer most likely meant: the nearest by edit distance, if it is near enough. */
final class Closest {
    private Closest() {}

    static Optional<String> to(String wanted, Collection<String> candidates) {
        int limit = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = Levenshtein.distance(wanted, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }
}
