package dev.postwright.workspace;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.LineIndex;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.ScalarWriter;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.post.TextEdit;
import dev.postwright.site.PostSummary;
import dev.postwright.validation.text.TagVocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags across the site: counts, groups of near-duplicate spellings, and renaming or merging tags in every post
 * as a {@link ChangePlan}. Each post changes only inside its tag list: a renamed item's own characters, or a
 * removed item with its separator (flow list) or its line (block list); quotes and list style stay as written.
 * No JavaFX; run it off the UI thread.
 */
public final class TagOps {

    private static final Pattern BLOCK_ITEM_PREFIX = Pattern.compile("[ \\t]*-[ \\t]+");

    private TagOps() {}

    /** How many posts use each tag, by tag. */
    public static Map<String, Integer> counts(SiteSession session) {
        return session.index().tagCounts();
    }

    /**
     * A set of spellings of one tag (case, separators, plural, one edit apart), the one to keep first: the most
     * used, then kebab-case (the rule {@code tag.near-duplicate} suggests the same one).
     */
    public record NearGroup(String keep, List<String> others, Map<String, Integer> counts) {}

    /** Every group of near-duplicate tags in the site, largest first. */
    public static List<NearGroup> nearDuplicates(SiteSession session) {
        Map<String, Integer> counts = counts(session);
        TagVocabulary vocabulary = new TagVocabulary(counts);
        Map<String, String> suggested = new LinkedHashMap<>();
        for (String tag : counts.keySet()) {
            vocabulary.nearDuplicateOf(tag).ifPresent(better -> suggested.put(tag, better));
        }
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String tag : suggested.keySet()) {
            String root = tag;
            Set<String> seen = new LinkedHashSet<>();
            while (suggested.containsKey(root) && seen.add(root)) {
                root = suggested.get(root);
            }
            groups.computeIfAbsent(root, r -> new LinkedHashSet<>()).add(tag);
        }
        List<NearGroup> out = new ArrayList<>();
        groups.forEach((keep, others) -> {
            Map<String, Integer> c = new LinkedHashMap<>();
            c.put(keep, counts.get(keep));
            others.forEach(o -> c.put(o, counts.get(o)));
            out.add(new NearGroup(keep, List.copyOf(others), c));
        });
        out.sort(Comparator.comparingInt((NearGroup g) ->
                        -g.counts().values().stream().mapToInt(i -> i).sum())
                .thenComparing(NearGroup::keep));
        return out;
    }

    /**
     * Plans renaming every tag in {@code from} to {@code to} in every post (a merge when {@code from} has several
     * tags or a post already has {@code to}: the repeat is removed). {@code unsaved} gives open tabs' texts.
     */
    public static ChangePlan planRename(SiteSession session, Set<String> from, String to, Map<Path, String> unsaved) {
        String title = from.size() == 1
                ? "Rename tag '" + from.iterator().next() + "' to '" + to + "'"
                : "Merge tags "
                        + String.join(
                                ", ", from.stream().map(t -> "'" + t + "'").toList()) + " into '" + to + "'";
        List<PostChange> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (to.isBlank() || from.isEmpty() || from.equals(Set.of(to))) {
            return new ChangePlan(title, changes, List.of(to.isBlank() ? "Type the new tag name." : "Nothing to do."));
        }
        for (PostSummary summary : session.index().all()) {
            Optional<CurrentPost> post = CurrentPost.of(session, summary, unsaved);
            if (post.isEmpty()) {
                continue;
            }
            String text = post.get().text();
            FrontmatterDocument fm = post.get().frontmatter();
            boolean inTab = post.get().unsaved();
            if (!inTab
                    && summary.tags().stream().noneMatch(from::contains)
                    && !(fm.value("tags").orElse(null) instanceof YamlValue.Scalar)) {
                continue; // the index says this post has none of the tags; an open tab is read afresh
            }
            LineIndex lines = post.get().lines();
            // the index read this post's one-string tags as words (Jekyll's "tags: a b"): rename them as words
            boolean words = fm.value("tags").orElse(null) instanceof YamlValue.Scalar sc
                    && !summary.tags().isEmpty()
                    && summary.tags().equals(List.of(sc.value().strip().split("\\s+")));
            Object result = words ? renameWords(text, fm, lines, from, to) : rename(text, fm, lines, from, to);
            if (result instanceof Replaced r) {
                changes.add(new PostChange(summary.path(), summary.relPath(), text, r.text(), inTab, r.count(), ""));
            } else if (result instanceof String why) {
                notes.add(summary.relPath() + ": " + why);
            }
        }
        return new ChangePlan(title, changes, notes);
    }

    private record Replaced(String text, int count) {}

    /** The post's text with its tags renamed, a reason it cannot be done here, or null when it has none of them. */
    static Object rename(String text, FrontmatterDocument fm, LineIndex lines, Set<String> from, String to) {
        if (fm.status() != FrontmatterDocument.Status.OK) {
            return "its front matter does not read as " + fm.format() + "; fix it first, then rename again.";
        }
        if (fm.format() != FrontmatterDocument.Format.YAML) {
            return renameInList(fm, from, to);
        }
        Optional<YamlValue> value = fm.value("tags");
        if (value.isPresent()
                && value.get() instanceof YamlValue.Scalar s
                && from.stream().anyMatch(t -> s.value().contains(t))) {
            return "its tags are one string ('" + s.value() + "'), not a list; change them by hand.";
        }
        if (value.isEmpty() || !(value.get() instanceof YamlValue.Sequence seq)) {
            return null;
        }
        List<YamlValue.Scalar> items = new ArrayList<>();
        for (YamlValue item : seq.items()) {
            if (item instanceof YamlValue.Scalar s && s.kind() != ScalarKind.NULL && s.line() > 0) {
                items.add(s);
            }
        }
        boolean hasTo = items.stream().anyMatch(s -> s.value().equals(to) && !from.contains(to));
        boolean[] removed = new boolean[items.size()];
        List<TextEdit> spans = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            YamlValue.Scalar item = items.get(i);
            if (!from.contains(item.value())) {
                continue;
            }
            count++;
            if (!hasTo) {
                hasTo = true;
                spans.add(new TextEdit(
                        start(lines, item), end(lines, item), ScalarWriter.write(to, item.style(), seq.flow())));
            } else {
                removed[i] = true;
            }
        }
        if (count == 0) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!removed[i]) {
                continue;
            }
            if (seq.flow()) {
                int j = i;
                while (j + 1 < items.size() && removed[j + 1]) {
                    j++;
                }
                // a run of removed items goes with the separator before it, or after it at the list's start
                spans.add(
                        i > 0
                                ? new TextEdit(end(lines, items.get(i - 1)), end(lines, items.get(j)), "")
                                : new TextEdit(
                                        start(lines, items.get(0)),
                                        j + 1 < items.size()
                                                ? start(lines, items.get(j + 1))
                                                : end(lines, items.get(j)),
                                        ""));
                i = j;
            } else {
                YamlValue.Scalar item = items.get(i);
                int lineStart = lines.lineStart(item.line());
                boolean oneLine = lines.lineColumn(end(lines, item))[0] == item.line();
                if (!oneLine
                        || item.line() >= lines.lineCount()
                        || !BLOCK_ITEM_PREFIX
                                .matcher(text.substring(lineStart, start(lines, item)))
                                .matches()) {
                    return "a repeated tag could not be removed safely (an item spread over lines); merge by hand.";
                }
                spans.add(new TextEdit(lineStart, lines.lineStart(item.line() + 1), ""));
            }
        }
        return new Replaced(TextEdit.applyAll(text, spans), count);
    }

    /**
     * TOML and JSON: the tags list is set again through the lossless splice, which keeps every unchanged item's
     * text and line; the first renamed tag takes the new name and repeats go.
     */
    private static Object renameInList(FrontmatterDocument fm, Set<String> from, String to) {
        if (!(fm.value("tags").orElse(null) instanceof YamlValue.Sequence seq)
                || !seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) {
            return null;
        }
        List<String> old = new ArrayList<>();
        seq.items().forEach(i -> old.add(((YamlValue.Scalar) i).value()));
        boolean hasTo = old.contains(to) && !from.contains(to);
        List<String> renamed = new ArrayList<>();
        int count = 0;
        for (String tag : old) {
            if (!from.contains(tag)) {
                renamed.add(tag);
                continue;
            }
            count++;
            if (!hasTo) {
                hasTo = true;
                renamed.add(to);
            }
        }
        return count == 0
                ? null
                : new Replaced(fm.withStringList("tags", renamed).text(), count);
    }

    /**
     * Jekyll's {@code tags: clay wheel}: one string the site splits into words. A renamed word is replaced in place;
     * a repeat is removed with the space before it. Only a one-line string written as is (plain, or quoted
     * without escapes) is changed.
     */
    static Object renameWords(String text, FrontmatterDocument fm, LineIndex lines, Set<String> from, String to) {
        if (fm.status() != FrontmatterDocument.Status.OK
                || !(fm.value("tags").orElse(null) instanceof YamlValue.Scalar s)) {
            return null;
        }
        String src = s.source();
        int at = src == null ? -1 : src.indexOf(s.value());
        if (s.kind() != ScalarKind.STRING || s.line() <= 0 || s.value().contains("\n") || at < 0 || at > 1) {
            return "its tags are one string written in a way Postwright does not rewrite; change them by hand.";
        }
        if (to.chars().anyMatch(Character::isWhitespace)) {
            return "its tags are words separated by spaces, so a tag with a space cannot be written there.";
        }
        int base = start(lines, s) + at;
        Matcher m = Pattern.compile("\\S+").matcher(s.value());
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        boolean hasTo =
                words.stream().anyMatch(w -> s.value().substring(w[0], w[1]).equals(to) && !from.contains(to));
        StringBuilder value = new StringBuilder(s.value());
        int count = 0;
        for (int i = words.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay valid
            int[] w = words.get(i);
            if (!from.contains(s.value().substring(w[0], w[1]))) {
                continue;
            }
            count++;
            boolean firstOfThem = words.subList(0, i).stream()
                    .noneMatch(x -> from.contains(s.value().substring(x[0], x[1])));
            if (firstOfThem && !hasTo) {
                value.replace(w[0], w[1], to);
            } else {
                int cut = i > 0 ? words.get(i - 1)[1] : w[0];
                int end = i > 0 ? w[1] : (i + 1 < words.size() ? words.get(i + 1)[0] : w[1]);
                value.delete(cut, end);
            }
        }
        if (count == 0) {
            return null;
        }
        String out = text.substring(0, base)
                + value
                + text.substring(base + s.value().length());
        return new Replaced(out, count);
    }

    private static int start(LineIndex lines, YamlValue.Scalar item) {
        return lines.offset(item.line(), item.column());
    }

    private static int end(LineIndex lines, YamlValue.Scalar item) {
        String src = item.source() != null ? item.source() : item.value();
        return start(lines, item) + src.length();
    }
}
