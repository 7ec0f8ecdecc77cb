package dev.postwright.workspace;

import java.util.ArrayList;
import java.util.List;

/** Compares two whole files line by line, for tests that prove only the intended bytes changed. */
final class FileDiffs {

    private FileDiffs() {}

    /** 1-based numbers of the lines that differ; fails the comparison when the line counts differ. */
    static List<Integer> changedLines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length != b.length) {
            throw new AssertionError("line count changed: " + a.length + " -> " + b.length);
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add(i + 1);
            }
        }
        return changed;
    }
}
