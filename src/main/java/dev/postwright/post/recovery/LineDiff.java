package dev.postwright.post.recovery;

import java.util.ArrayList;
import java.util.List;

/** A unified line diff (LCS on the lines between the common prefix and suffix): recovery, conflicts, set --dry-run. */
public final class LineDiff {

    /** Above this many cells the middle is shown as one replaced block instead of an LCS (memory guard). */
    private static final long MAX_CELLS = 16_000_000L;

    private LineDiff() {}

    private record Op(char kind, String line) {}

    /** The diff from {@code before} to {@code after} with {@code context} lines around changes; "" when equal. */
    public static String unified(String before, String after, String name, int context) {
        if (before.equals(after)) {
            return "";
        }
        List<Op> ops = ops(lines(before), lines(after));
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/")
                .append(name)
                .append('\n')
                .append("+++ b/")
                .append(name)
                .append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = i;
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * context) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + context + 1);
            appendHunk(sb, ops, start, end);
            i = end;
        }
        return sb.toString();
    }

    private static void appendHunk(StringBuilder sb, List<Op> ops, int start, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = 0; k < start; k++) {
            oldStart += ops.get(k).kind() != '+' ? 1 : 0;
            newStart += ops.get(k).kind() != '-' ? 1 : 0;
        }
        int oldLen = 0;
        int newLen = 0;
        for (int k = start; k < end; k++) {
            oldLen += ops.get(k).kind() != '+' ? 1 : 0;
            newLen += ops.get(k).kind() != '-' ? 1 : 0;
        }
        sb.append("@@ -")
                .append(oldLen == 0 ? oldStart - 1 : oldStart)
                .append(',')
                .append(oldLen)
                .append(" +")
                .append(newLen == 0 ? newStart - 1 : newStart)
                .append(',')
                .append(newLen)
                .append(" @@\n");
        for (int k = start; k < end; k++) {
            sb.append(ops.get(k).kind()).append(ops.get(k).line()).append('\n');
        }
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre
                && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<Op> ops = new ArrayList<>();
        a.subList(0, pre).forEach(l -> ops.add(new Op(' ', l)));
        List<String> am = a.subList(pre, a.size() - suf);
        List<String> bm = b.subList(pre, b.size() - suf);
        if ((long) am.size() * bm.size() > MAX_CELLS) {
            am.forEach(l -> ops.add(new Op('-', l)));
            bm.forEach(l -> ops.add(new Op('+', l)));
        } else {
            lcs(am, bm, ops);
        }
        a.subList(a.size() - suf, a.size()).forEach(l -> ops.add(new Op(' ', l)));
        return ops;
    }

    private static void lcs(List<String> a, List<String> b, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i++)));
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        while (i < n) {
            ops.add(new Op('-', a.get(i++)));
        }
        while (j < m) {
            ops.add(new Op('+', b.get(j++)));
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // a final newline ends the last line, it does not start another
        }
        return out;
    }
}
