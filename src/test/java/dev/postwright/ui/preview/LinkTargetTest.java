package dev.postwright.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTargetTest {
    @ParameterizedTest
    @CsvSource({
        "https://example.com/, EXTERNAL",
        "HTTP://example.com, EXTERNAL",
        "mailto:me@example.com, EXTERNAL",
        "/posts/other/, INTERNAL",
        "/tags/baking/, INTERNAL",
        "../other.md, INTERNAL",
        "other.md#intro, INTERNAL",
        "#intro, ANCHOR",
        "#, IGNORED",
        "javascript:alert(1), IGNORED",
        "file:///etc/passwd, IGNORED",
        "'data:text/html;base64,AA', IGNORED",
        "//evil.example/, IGNORED",
    })
    void classifies(String href, LinkTarget expected) {
        assertEquals(expected, LinkTarget.of(href));
    }

    @ParameterizedTest
    @CsvSource(
            value = {"''", "'   '"},
            emptyValue = "")
    void blankIsIgnored(String href) {
        assertEquals(LinkTarget.IGNORED, LinkTarget.of(href));
    }
}
