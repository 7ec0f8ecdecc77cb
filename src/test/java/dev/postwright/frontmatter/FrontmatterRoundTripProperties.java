package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FrontmatterDocument.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Generated frontmatter: unchanged text round-trips, and setting one key touches only that key's lines. */
class FrontmatterRoundTripProperties {

    private static final String[] WORDS = {
        "alpha",
        "Beta",
        "crème",
        "brûlée",
        "🌉",
        "🚀",
        "a:b",
        "x#y",
        "Zoë",
        "data",
        "yes",
        "no",
        "1.0",
        "2023-10-01",
        "null",
        "[tag]",
        "- dash",
        "it's",
        "say \"hi\"",
        "tail:",
        "#hash",
        "ümlaut",
        "🎉party",
        "a, b",
        "{brace}",
        "~",
        "true",
        "@me",
        "50%"
    };

    @Property(tries = 200)
    void unchangedDocumentIsIdentical(@ForAll long seed) {
        String text = generate(new Random(seed));
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        assertEquals(Status.OK, doc.status(), () -> doc.error() + "\n" + text);
        assertEquals(text, doc.text());
        assertEquals(
                text,
                FrontmatterDocument.parse(doc.text(), YamlDialect.YAML_1_1).text());
    }

    @Property(tries = 200)
    void settingOneKeyChangesOnlyItsLines(@ForAll long seed) {
        Random r = new Random(seed);
        String text = generate(r);
        FrontmatterDocument doc = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        String key = doc.keys().get(r.nextInt(doc.keys().size()));
        var entry = doc.entry(key).orElseThrow();
        FrontmatterDocument edited;
        Object expected;
        if (r.nextBoolean()) {
            String value = phrase(r);
            edited = doc.withString(key, value);
            expected = value;
        } else {
            List<String> items = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                items.add(phrase(r));
            }
            edited = doc.withStringList(key, items);
            expected = items;
        }
        String out = edited.text();
        String context = text + "\n=== set " + key + " ===\n" + out;
        assertEquals(Status.OK, edited.status(), () -> edited.error() + "\n" + context);
        assertTrue(out.startsWith(text.substring(0, entry.startOffset())), context);
        assertTrue(out.endsWith(text.substring(entry.endOffset())), context);
        Object read = expected instanceof String
                ? FieldValues.string(edited, key).orElse(null)
                : FieldValues.stringList(edited, key).value().orElse(null);
        assertEquals(expected, read, context);
        assertEquals(doc.keys(), edited.keys(), context);
    }

    private static String phrase(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            b.append(b.length() == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static String generate(Random r) {
        String le = r.nextBoolean() ? "\n" : "\r\n";
        StringBuilder b = new StringBuilder("---").append(le);
        int keys = 1 + r.nextInt(7);
        for (int k = 0; k < keys; k++) {
            if (r.nextInt(4) == 0) {
                b.append("# note ").append(WORDS[r.nextInt(WORDS.length)]).append(le);
            }
            if (r.nextInt(5) == 0) {
                b.append(le);
            }
            b.append("key").append(k).append(':');
            appendValue(b, r, le);
        }
        b.append("---").append(le).append(le).append("Body 🌉 text").append(le).append("more");
        if (r.nextBoolean()) {
            b.append(le);
        }
        return b.toString();
    }

    private static void appendValue(StringBuilder b, Random r, String le) {
        String comment = r.nextInt(4) == 0 ? " # why" : "";
        switch (r.nextInt(9)) {
            case 0 ->
                b.append(' ')
                        .append(ScalarWriter.write(phrase(r), ScalarStyle.PLAIN, false))
                        .append(comment);
            case 1 ->
                b.append(' ')
                        .append(ScalarWriter.write(phrase(r), ScalarStyle.SINGLE, false))
                        .append(comment);
            case 2 -> b.append(' ').append(ScalarWriter.doubleQuoted(phrase(r))).append(comment);
            case 3 -> b.append(r.nextBoolean() ? " true" : " false").append(comment);
            case 4 ->
                b.append(" 2024-0")
                        .append(1 + r.nextInt(9))
                        .append("-1")
                        .append(r.nextInt(10))
                        .append(r.nextBoolean() ? "" : "T10:00:00+02:00")
                        .append(comment);
            case 5 -> {
                b.append(" [");
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.append(ScalarWriter.write(phrase(r), ScalarStyle.PLAIN, true))
                            .append(i > 1 ? ", " : "");
                }
                b.append(']').append(comment);
            }
            case 6 -> {
                String indent = r.nextBoolean() ? "  " : "";
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    b.append(le)
                            .append(indent)
                            .append("- ")
                            .append(ScalarWriter.write(phrase(r), ScalarStyle.PLAIN, false));
                }
            }
            case 7 ->
                b.append(" >-")
                        .append(le)
                        .append("  folded ")
                        .append(WORDS[r.nextInt(4)])
                        .append(le)
                        .append("  second line");
            default -> b.append(comment);
        }
        b.append(le);
    }
}
