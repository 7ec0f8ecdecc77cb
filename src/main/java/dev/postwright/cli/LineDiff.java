package dev.postwright.cli;

import java.util.ArrayList;
import java.util.List;

/** A small unified diff of two texts by lines (LCS), enough to show a frontmatter edit. */
final class LineDiff {

    private record Op(char kind, String line, int oldNo, int newNo) {
    }

    private LineDiff() {
    }

    /** The unified diff with {@code context} lines around changes; empty when the texts are equal. */
    static String unified(String before, String after, String name, int context) {
        List<Op> ops = ops(lines(before), lines(after));
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).kind() == ' ') {
                continue;
            }
            int from = Math.max(0, i - context);
            int to = Math.min(ops.size() - 1, i + context);
            if (!ranges.isEmpty() && from <= ranges.get(ranges.size() - 1)[1] + 1) {
                ranges.get(ranges.size() - 1)[1] = to;
            } else {
                ranges.add(new int[] {from, to});
            }
        }
        if (ranges.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("--- a/").append(name).append('\n')
                .append("+++ b/").append(name).append('\n');
        for (int[] r : ranges) {
            hunk(ops.subList(r[0], r[1] + 1), b);
        }
        return b.toString();
    }

    private static void hunk(List<Op> ops, StringBuilder b) {
        int oldCount = 0;
        int newCount = 0;
        int oldStart = -1;
        int newStart = -1;
        for (Op op : ops) {
            if (op.kind() != '+') {
                oldCount++;
                oldStart = oldStart < 0 ? op.oldNo() : oldStart;
            }
            if (op.kind() != '-') {
                newCount++;
                newStart = newStart < 0 ? op.newNo() : newStart;
            }
        }
        // An empty side is given as the line before the hunk, as diff -u does.
        Op first = ops.get(0);
        oldStart = oldStart < 0 ? first.oldNo() - 1 : oldStart;
        newStart = newStart < 0 ? first.newNo() - 1 : newStart;
        b.append("@@ -").append(oldStart).append(',').append(oldCount)
                .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
        for (Op op : ops) {
            b.append(op.kind()).append(op.line()).append('\n');
        }
    }

    /** Lines without their terminators ({@code \r} kept so a line-ending change shows as a change). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> ma = a.subList(prefix, a.size() - suffix);
        List<String> mb = b.subList(prefix, b.size() - suffix);
        int n = ma.size();
        int m = mb.size();
        // LCS table over the changed middle only; edits touch the frontmatter, so this stays small.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ma.get(i).equals(mb.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            ops.add(new Op(' ', show(a.get(k)), k + 1, k + 1));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ma.get(i).equals(mb.get(j))) {
                ops.add(new Op(' ', show(ma.get(i)), prefix + i + 1, prefix + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', show(ma.get(i)), prefix + i + 1, prefix + j + 1));
                i++;
            } else {
                ops.add(new Op('+', show(mb.get(j)), prefix + i + 1, prefix + j + 1));
                j++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            int ai = a.size() - suffix + k;
            int bi = b.size() - suffix + k;
            ops.add(new Op(' ', show(a.get(ai)), ai + 1, bi + 1));
        }
        return ops;
    }

    private static String show(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
