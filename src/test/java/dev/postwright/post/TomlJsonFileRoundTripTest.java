package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TOML and JSON fixtures as real files: read, saved unchanged (the same bytes, byte order mark and CRLF
 * included), and saved after a title edit (only the title's line differs, byte for byte).
 */
class TomlJsonFileRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void everyFixtureSavesByteIdenticalAndATitleEditChangesOneLine() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> toml = Files.list(Path.of("src/test/resources/frontmatter/toml"));
                Stream<Path> json = Files.list(Path.of("src/test/resources/frontmatter/json"))) {
            fixtures = Stream.concat(toml, json).sorted().toList();
        }
        int boms = 0;
        int crlf = 0;
        for (Path fixture : fixtures) {
            byte[] original = Files.readAllBytes(fixture);
            Path file = tmp.resolve(fixture.getParent().getFileName() + "-" + fixture.getFileName());
            Files.write(file, original);
            LoadedText loaded = PostFile.read(file);
            FrontmatterDocument doc = FrontmatterDocument.parse(loaded.text(), YamlDialect.YAML_1_2);
            assertEquals(FrontmatterDocument.Status.OK, doc.status(), fixture + " " + doc.error());
            PostFile.writeAtomic(file, doc.text(), loaded.bom(), loaded.charset());
            assertArrayEquals(original, Files.readAllBytes(file), fixture.toString());

            boms += loaded.bom() ? 1 : 0;
            crlf += doc.lineEnding().equals("\r\n") ? 1 : 0;
            if (doc.entry("title").isEmpty()) {
                continue;
            }
            PostFile.writeAtomic(
                    file, doc.withString("title", "Édité: \"new\" title").text(), loaded.bom(), loaded.charset());
            List<String> before = lines(original);
            List<String> after = lines(Files.readAllBytes(file));
            assertEquals(before.size(), after.size(), fixture.toString());
            int titleLine = doc.entry("title").orElseThrow().line() - 1;
            for (int i = 0; i < before.size(); i++) {
                if (i != titleLine) {
                    assertEquals(before.get(i), after.get(i), fixture + " line " + (i + 1));
                }
            }
            FrontmatterDocument reread =
                    FrontmatterDocument.parse(PostFile.read(file).text(), YamlDialect.YAML_1_2);
            assertEquals(
                    "Édité: \"new\" title", FieldValues.string(reread, "title").orElseThrow(), fixture.toString());
        }
        assertTrue(boms >= 1, "a fixture with a byte order mark");
        assertTrue(crlf >= 2, "fixtures with CRLF line endings");
    }

    /** Lines as raw bytes (ISO-8859-1 maps bytes 1:1), line endings and a byte order mark kept. */
    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1));
    }
}
