package dev.postwright.validation.text;

/** Edit distance between short strings (UTF-16 units), with a fast "at most one edit" check. */
public final class Levenshtein {

    private Levenshtein() {}

    /** True when {@code a} and {@code b} are equal or one insertion, deletion or substitution apart. */
    public static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la < lb) {
            return withinOne(b, a);
        }
        int i = 0;
        while (i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == lb) {
            return true;
        }
        // a is the longer (or equal) one: skip one char of a, or one of each.
        int skipB = la == lb ? 1 : 0;
        return a.regionMatches(i + 1, b, i + skipB, lb - i - skipB);
    }

    /** Full Levenshtein distance; O(|a|·|b|) time, O(|b|) memory. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
