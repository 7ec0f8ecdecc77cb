package dev.postwright.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The frontmatter block found by its fences alone parses to the same frontmatter as the whole file. */
class BlockEndTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(BlockEndTest.class.getResource("/frontmatter/corpus").toURI());
        return Files.list(dir).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theBlockAloneParsesLikeTheWholeFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String body = "\nA long body follows.\n\n---\n\nwith a thematic break that is not a fence.\n";
        assertSame(text, body);
        assertSame(text.replace("\n", "\r\n"), body.replace("\n", "\r\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "no frontmatter\n",
                "---\ntitle: open\n",
                "+++\ntitle = 'x'\n+++\n",
                "---",
                "{\n  \"title\": \"json\"\n}\nbody\n",
                "{ \"not\": \"closed\"\n",
                "---\ntitle: a\n---"
            })
    void edgeCases(String text) {
        assertSame(text, "");
        assertSame(text, "\nbody\n");
    }

    private static void assertSame(String frontmatter, String body) {
        String text = frontmatter + body;
        FrontmatterDocument whole = FrontmatterDocument.parse(text, YamlDialect.YAML_1_2);
        int end = FrontmatterDocument.blockEnd(text);
        FrontmatterDocument block = FrontmatterDocument.parse(text.substring(0, end), YamlDialect.YAML_1_2);
        if (whole.status() == FrontmatterDocument.Status.OK) {
            assertEquals(whole.bodyOffset(), end, "the body starts where the block ends");
        }
        assertEquals(whole.status(), block.status(), text);
        assertEquals(whole.format(), block.format(), text);
        assertEquals(whole.rawYaml(), block.rawYaml(), text);
        assertEquals(entries(whole), entries(block), text);
    }

    private static List<String> entries(FrontmatterDocument doc) {
        return doc.entries().stream()
                .map(e -> e.key() + "@" + e.startOffset() + "-" + e.endOffset() + "=" + e.value())
                .toList();
    }
}
