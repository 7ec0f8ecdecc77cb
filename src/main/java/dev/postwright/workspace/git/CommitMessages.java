package dev.postwright.workspace.git;

import java.util.ArrayList;
import java.util.List;

/** The prefilled commit message: {@code post: Title} for a new post, {@code update: Title}, {@code posts: A, B}. */
public final class CommitMessages {

    /** Git's convention for a first line that reads well everywhere. */
    static final int FIRST_LINE = 72;

    private CommitMessages() {}

    /** A post being committed: its title (or file name when it has none) and whether git does not know it yet. */
    public record Entry(String title, boolean isNew) {}

    /** The message for these posts; empty when there are none. */
    public static String prefill(List<Entry> posts) {
        if (posts.isEmpty()) {
            return "";
        }
        if (posts.size() == 1) {
            Entry e = posts.get(0);
            return fit((e.isNew() ? "post: " : "update: ") + oneLine(e.title()));
        }
        List<String> titles = new ArrayList<>();
        for (Entry e : posts) {
            titles.add(oneLine(e.title()));
        }
        // Several updates read as one; any new post among them makes it "posts:".
        String prefix = posts.stream().noneMatch(Entry::isNew) ? "update: " : "posts: ";
        String joined = prefix + String.join(", ", titles);
        if (joined.length() <= FIRST_LINE) {
            return joined;
        }
        // Too long for one line: as many titles as fit, then how many more.
        StringBuilder s = new StringBuilder(prefix);
        int shown = 0;
        for (String t : titles) {
            String next = (shown == 0 ? "" : ", ") + t;
            int rest = titles.size() - shown - 1;
            String tail = rest == 0 ? "" : " and " + rest + " more";
            if (s.length() + next.length() + tail.length() > FIRST_LINE) {
                break;
            }
            s.append(next);
            shown++;
        }
        if (shown == 0) {
            String tail = " and " + (titles.size() - 1) + " more";
            return fit(prefix + titles.get(0), FIRST_LINE - tail.length()) + tail;
        }
        return s.append(" and ").append(titles.size() - shown).append(" more").toString();
    }

    private static String oneLine(String title) {
        String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? "untitled" : t;
    }

    private static String fit(String line) {
        return fit(line, FIRST_LINE);
    }

    private static String fit(String line, int max) {
        return line.length() <= max ? line : line.substring(0, max - 1).stripTrailing() + "…";
    }
}
