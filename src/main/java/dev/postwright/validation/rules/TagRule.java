package dev.postwright.validation.rules;

import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.ScalarStyle;
import dev.postwright.frontmatter.ScalarWriter;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.TagStyle;
import dev.postwright.site.generator.Generator;
import dev.postwright.validation.Fix;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import dev.postwright.validation.text.TagVocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tag.format}, {@code tag.duplicate}, {@code tag.near-duplicate}; each reported at the tag item. By default
 * only what changes the built site is reported (themes slugify tags, so {@code Java} and {@code 算法} are fine): two
 * spellings the generator puts on one tag page, a tag that slugifies to nothing, a near-duplicate. The kebab-case
 * style is checked only when {@code .postwright.yml} sets {@code tagStyle: kebab}.
 */
public final class TagRule implements Rule {

    /** Tags of the site's configured vocabulary outrank any spelling in use. */
    private static final int CONFIGURED = 1_000_000;

    private static final Pattern BLOCK_ITEM_PREFIX = Pattern.compile("[ \\t]*-[ \\t]+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        YamlValue value = post.frontmatter().value("tags").orElse(null);
        if (ctx.site().generator().splitsWordLists("tags") && value instanceof YamlValue.Scalar words) {
            value = jekyllWords(words).orElse(null);
        }
        if (!(value instanceof YamlValue.Sequence seq)) {
            return; // a scalar 'tags: data' is field.type's
        }
        List<YamlValue.Scalar> items = new ArrayList<>();
        for (YamlValue item : seq.items()) {
            if (item instanceof YamlValue.Scalar s && s.kind() != ScalarKind.NULL && s.line() > 0) {
                items.add(s);
            }
        }
        Map<String, Integer> used = ctx.index().tagCountsExcluding(post.path());
        Map<String, Integer> counts = new HashMap<>(used);
        ctx.site().config().tags().forEach(t -> counts.merge(t, CONFIGURED, Integer::sum));
        TagVocabulary vocabulary = new TagVocabulary(counts);
        boolean kebab = ctx.site().config().tagStyle() == TagStyle.KEBAB;
        Generator generator = ctx.site().generator();
        Optional<String> emptyTagUrl = generator.tagUrl("");
        Map<String, List<String>> byTagPage = tagPages(generator, counts);
        List<Integer> dups = TagVocabulary.duplicateIndexes(
                items.stream().map(YamlValue.Scalar::value).toList());
        for (int i = 0; i < items.size(); i++) {
            YamlValue.Scalar item = items.get(i);
            String tag = item.value();
            if (dups.contains(i)) {
                ctx.report(
                        RuleId.TAG_DUPLICATE,
                        item.line(),
                        item.column(),
                        "The tag '" + tag + "' is listed twice in this post: remove the repeat.",
                        removal(post, seq, items, i).orElse(null));
                continue; // the first occurrence carries the other findings
            }
            if (kebab && !TagVocabulary.isKebab(tag)) {
                String k = TagVocabulary.toKebab(tag);
                ctx.report(
                        RuleId.TAG_FORMAT,
                        item.line(),
                        item.column(),
                        "The tag '" + tag
                                + "' is not lowercase words joined by '-'"
                                + (k.isEmpty() ? "" : ": write it as '" + k + "'") + ".",
                        k.isEmpty() ? null : replace(post, item, k, seq.flow(), "Write it as '" + k + "'"));
            }
            Optional<String> page = generator.tagUrl(tag);
            if (page.isPresent() && page.equals(emptyTagUrl) && !tag.isBlank()) {
                ctx.report(
                        RuleId.TAG_FORMAT,
                        item.line(),
                        item.column(),
                        "The tag '" + tag + "' has no letter or "
                                + "digit " + generator.displayName() + " can put in its tag page's URL (" + page.get()
                                + "): use a word.");
                continue;
            }
            String sharing = page.flatMap(u -> preferredSpelling(tag, byTagPage.get(u), counts, u))
                    .orElse(null);
            if (sharing != null) {
                int n = used.getOrDefault(sharing, 0);
                ctx.report(
                        RuleId.TAG_NEAR_DUPLICATE,
                        item.line(),
                        item.column(),
                        "The tags '" + tag + "' and '"
                                + sharing + "' (" + usage(n) + ") land on one tag page, " + page.get() + ": use '"
                                + sharing + "' so the page shows one spelling.",
                        replace(post, item, sharing, seq.flow(), "Use the existing tag '" + sharing + "'"));
                continue;
            }
            Optional<String> near = vocabulary.nearDuplicateOf(tag, 1);
            if (near.isPresent()) {
                String existing = near.get();
                int n = used.getOrDefault(existing, 0);
                ctx.report(
                        RuleId.TAG_NEAR_DUPLICATE,
                        item.line(),
                        item.column(),
                        "The tag '" + tag
                                + "' looks like '" + existing + "' (" + usage(n) + "): use '" + existing
                                + "' so the posts share one tag page.",
                        replace(post, item, existing, seq.flow(), "Use the existing tag '" + existing + "'"));
            }
        }
    }

    private static String usage(int n) {
        return n > 0 ? "used by " + (n == 1 ? "1 other post" : n + " other posts") : "in the site's tag list";
    }

    /** Every spelling in use or configured, by the tag page the generator makes of it. */
    private static Map<String, List<String>> tagPages(Generator generator, Map<String, Integer> counts) {
        Map<String, List<String>> pages = new HashMap<>();
        counts.keySet()
                .forEach(t -> generator
                        .tagUrl(t)
                        .ifPresent(u ->
                                pages.computeIfAbsent(u, k -> new ArrayList<>()).add(t)));
        return pages;
    }

    /**
     * The spelling a tag page should carry when this post's {@code tag} shares it with other spellings: the most
     * used one counting this post, then the one written as its own URL ({@code notes} over {@code Notes}), then
     * by name, so two posts never tell each other to switch. Empty when {@code tag} is that spelling.
     */
    private static Optional<String> preferredSpelling(
            String tag, List<String> sharing, Map<String, Integer> counts, String page) {
        if (sharing == null || sharing.stream().allMatch(tag::equals)) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(sharing);
        if (!all.contains(tag)) {
            all.add(tag);
        }
        Comparator<String> order = Comparator.<String>comparingInt(
                        t -> counts.getOrDefault(t, 0) + (t.equals(tag) ? 1 : 0))
                .reversed()
                .thenComparing(t -> !page.endsWith("/" + t + "/"))
                .thenComparing(Comparator.naturalOrder());
        String best = all.stream().min(order).orElse(tag);
        return best.equals(tag) ? Optional.empty() : Optional.of(best);
    }

    /**
     * Jekyll's {@code tags: clay wheel} as a list of its words, each with its own column; a flow list's fixes
     * (replace an item; remove from the end of the previous item) fit space-separated words too. Only a
     * one-line string whose source holds the words as written (plain, or quoted without escapes).
     */
    private static Optional<YamlValue> jekyllWords(YamlValue.Scalar s) {
        String src = s.source();
        if (s.kind() != ScalarKind.STRING
                || src == null
                || s.line() <= 0
                || s.value().contains("\n")) {
            return Optional.empty();
        }
        int at = src.indexOf(s.value());
        if (at < 0 || at > 1) {
            return Optional.empty();
        }
        List<YamlValue> items = new ArrayList<>();
        Matcher m = WORD.matcher(s.value());
        while (m.find()) {
            items.add(new YamlValue.Scalar(
                    m.group(), ScalarStyle.PLAIN, ScalarKind.STRING, m.group(), s.line(), s.column() + at + m.start()));
        }
        return Optional.of(new YamlValue.Sequence(items, true, s.line(), s.column()));
    }

    private static Fix replace(PostAnalysis post, YamlValue.Scalar item, String tag, boolean flow, String label) {
        return new Fix.TextFix(
                RuleSupport.offset(post, item),
                RuleSupport.end(post, item),
                ScalarWriter.write(tag, ScalarStyle.PLAIN, flow),
                label);
    }

    /** Deletes a repeated item: {@code ", b"} in a flow list, the item's line in a block list. */
    private static Optional<Fix> removal(
            PostAnalysis post, YamlValue.Sequence seq, List<YamlValue.Scalar> items, int i) {
        YamlValue.Scalar item = items.get(i);
        String label = "Remove the repeated '" + item.value() + "'";
        if (seq.flow()) {
            return Optional.of(
                    new Fix.TextFix(RuleSupport.end(post, items.get(i - 1)), RuleSupport.end(post, item), "", label));
        }
        int start = post.lines().lineStart(item.line());
        int itemStart = RuleSupport.offset(post, item);
        int end = RuleSupport.end(post, item);
        boolean oneLine = post.lines().lineColumn(end)[0] == item.line();
        if (!oneLine
                || !BLOCK_ITEM_PREFIX
                        .matcher(post.text().substring(start, itemStart))
                        .matches()
                || item.line() >= post.lines().lineCount()) {
            return Optional.empty();
        }
        return Optional.of(new Fix.TextFix(start, post.lines().lineStart(item.line() + 1), "", label));
    }
}
