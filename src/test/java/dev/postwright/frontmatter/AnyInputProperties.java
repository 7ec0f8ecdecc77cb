package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Whatever the text, parsing never throws and never changes a byte. */
class AnyInputProperties {

    @Property(tries = 300)
    void anyTextRoundTrips(
            @ForAll
                    @StringLength(max = 200)
                    @Chars({
                        '-', '-', '-', '\n', '\r', '\t', ' ', ':', '#', '[', ']', '{', '}', '"', '\'', '|', '>', '&',
                        '*', '!', 'a', 'b', 'é', '🌉', ',', '?', '%', '@'
                    })
                    String tail) {
        for (String text : new String[] {tail, "---\n" + tail, "---\n" + tail + "\n---\nbody", "---\r\na: " + tail}) {
            for (YamlDialect dialect : YamlDialect.values()) {
                FrontmatterDocument doc = FrontmatterDocument.parse(text, dialect);
                assertEquals(text, doc.text());
                assertTrue(doc.status() == FrontmatterDocument.Status.OK
                        || doc.error().isPresent());
                doc.error().ifPresent(p -> assertTrue(p.line() >= 1 && p.column() >= 1, p.toString()));
                assertEquals(text, doc.text().substring(0, doc.bodyOffset()) + doc.body());
            }
        }
    }
}
