package dev.postwright.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Heading-id generator with the exact rules of npm {@code github-slugger} (used by rehype-slug and Astro). */
public final class Slugger {

    /*
     * github-slugger strips these Unicode general categories (its generate-regex script, Unicode 13,
     * which is also Java 17's Unicode version), minus Alphabetic code points, the space and the ASCII dash.
     */
    private static final Pattern STRIP = Pattern.compile(
            "[[\\p{No}\\p{Pe}\\p{Pf}\\p{Pi}\\p{Ps}\\p{Po}\\p{Pd}\\p{S}\\p{Cc}\\p{Co}\\p{Cf}\\p{Cn}\\p{Z}]"
                    + "&&[^\\p{IsAlphabetic} \\-]]");

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** Stateless slug without duplicate handling. */
    public static String slugOf(String text) {
        if (text == null) {
            return "";
        }
        // Locale.ROOT: JS toLowerCase is locale-independent too (no Turkish dotless i surprises).
        return STRIP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Slug unique within this slugger: repeats get {@code -1}, {@code -2}, ... like github-slugger. */
    public String slug(String text) {
        String original = slugOf(text);
        String result = original;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(original, 1, Integer::sum);
            result = original + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** Forgets all slugs handed out so far. */
    public void reset() {
        occurrences.clear();
    }
}
