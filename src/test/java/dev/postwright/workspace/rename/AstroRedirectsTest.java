package dev.postwright.workspace.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstroRedirectsTest {

    private static final String FROM = "/posts/old/";
    private static final String TO = "/posts/new/";

    private static String add(String config) throws Exception {
        return AstroRedirects.addRedirect(config, FROM, TO);
    }

    @Test
    void sampleSiteGetsRedirectsAsTheFirstPropertyOfDefineConfig() throws Exception {
        String config = Files.readString(Path.of("assets/sample-site/astro.config.mjs"));
        String edited = add(config);
        assertEquals(
                config.replace(
                        "export default defineConfig({\n",
                        "export default defineConfig({\n  redirects: { \"/posts/old/\": \"/posts/new/\" },\n"),
                edited);
    }

    @Test
    void existingMultilineRedirectsGetAnEntryInTheirIndentAndQuotes() throws Exception {
        String config = """
                import { defineConfig } from 'astro/config';

                export default defineConfig({
                    site: 'https://example.com',
                    redirects: {
                        '/old-page': '/new-page',
                        '/blog/[...slug]': '/articles/[...slug]', // moved in 2024
                    },
                    trailingSlash: 'always',
                });
                """;
        assertEquals(
                config.replace("// moved in 2024\n", "// moved in 2024\n        '/posts/old/': '/posts/new/',\n"),
                add(config));
    }

    @Test
    void lastEntryWithoutTrailingCommaGetsOneAndTheNewEntryNone() throws Exception {
        String config = """
                export default defineConfig({
                  redirects: {
                    "/a": "/b"
                  }
                });
                """;
        assertEquals("""
                export default defineConfig({
                  redirects: {
                    "/a": "/b",
                    "/posts/old/": "/posts/new/"
                  }
                });
                """, add(config));
    }

    @Test
    void oneLineAndEmptyRedirectObjects() throws Exception {
        assertEquals(
                "export default defineConfig({ redirects: { \"/a\": \"/b\", \"/posts/old/\": \"/posts/new/\" } });",
                add("export default defineConfig({ redirects: { \"/a\": \"/b\" } });"));
        assertEquals(
                "export default defineConfig({ redirects: { \"/posts/old/\": \"/posts/new/\" } });",
                add("export default defineConfig({ redirects: {} });"));
        assertEquals("""
                export default defineConfig({
                  redirects: {
                    "/posts/old/": "/posts/new/",
                  },
                });
                """, add("""
                export default defineConfig({
                  redirects: {
                  },
                });
                """));
    }

    @Test
    void existingEntryForTheOldUrlGetsTheNewTargetAndAnIdenticalOneChangesNothing() throws Exception {
        String config =
                "export default defineConfig({\n  redirects: {\n    '/posts/old/': '/posts/older/',\n  },\n});\n";
        assertEquals(config.replace("/posts/older/", "/posts/new/"), add(config));
        String done = config.replace("/posts/older/", "/posts/new/");
        assertEquals(done, add(done));
    }

    @Test
    void redirectsInsideANestedObjectOrACommentDoNotCount() throws Exception {
        String config = """
                // redirects: { } are added below when needed
                export default defineConfig({
                  /* redirects: { "/x": "/y" } */
                  integrations: [mdx({ redirects: { "/in": "/plugin" } })],
                  site: "https://example.com",
                });
                """;
        String edited = add(config);
        assertTrue(
                edited.contains("defineConfig({\n  redirects: { \"/posts/old/\": \"/posts/new/\" },\n  /* redirects"),
                edited);
        assertTrue(edited.contains("mdx({ redirects: { \"/in\": \"/plugin\" } })"), edited);
    }

    @Test
    void typescriptConfigWithTabsAndCrlfAndOneLineConfigs() throws Exception {
        String ts = "import { defineConfig } from \"astro/config\";\r\n\r\nexport default defineConfig({\r\n"
                + "\tsite: \"https://example.com\",\r\n});\r\n";
        assertEquals(
                ts.replace(
                        "defineConfig({\r\n",
                        "defineConfig({\r\n\tredirects: { \"/posts/old/\": \"/posts/new/\" },\r\n"),
                add(ts));
        assertEquals(
                "export default defineConfig({ redirects: { \"/posts/old/\": \"/posts/new/\" }, site: \"x\" });",
                add("export default defineConfig({ site: \"x\" });"));
        assertEquals(
                "export default defineConfig({\n  redirects: { \"/posts/old/\": \"/posts/new/\" },\n});",
                add("export default defineConfig({});"));
    }

    @Test
    void plainExportDefaultObjectIsRecognisedToo() throws Exception {
        assertEquals(
                "export default {\n  redirects: { \"/posts/old/\": \"/posts/new/\" },\n  site: \"x\",\n};\n",
                add("export default {\n  site: \"x\",\n};\n"));
    }

    @Test
    void unrecognisedShapesAreRefusedWithWhatToAddByHand() {
        var noObject = assertThrows(
                AstroRedirects.UnrecognisedConfigException.class,
                () -> add("const config = {};\nexport default defineConfig(config);\n"));
        assertTrue(
                noObject.getMessage().contains("redirects: { \"/posts/old/\": \"/posts/new/\" },"),
                noObject.getMessage());
        var variable = assertThrows(
                AstroRedirects.UnrecognisedConfigException.class,
                () -> add("export default defineConfig({ redirects: myRedirects });"));
        assertTrue(variable.getMessage().contains("not an object literal"), variable.getMessage());
    }

    @Test
    void fileIsEditedInPlaceOrLeftAloneWithAMessage(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("astro.config.mjs");
        Files.writeString(config, "export default defineConfig({\n  site: \"x\",\n});\n");
        assertEquals(config, AstroRedirects.findConfig(dir).orElseThrow());

        AstroRedirects.Result result = AstroRedirects.addRedirect(config, FROM, TO);
        assertTrue(result.ok() && result.changed(), result.message());
        assertTrue(Files.readString(config).contains("redirects: { \"/posts/old/\": \"/posts/new/\" },"));
        AstroRedirects.Result again = AstroRedirects.addRedirect(config, FROM, TO);
        assertTrue(again.ok());
        assertFalse(again.changed());

        Files.writeString(config, "module.exports = require('./base');\n");
        AstroRedirects.Result refused = AstroRedirects.addRedirect(config, FROM, TO);
        assertFalse(refused.ok());
        assertTrue(refused.message().startsWith("astro.config.mjs: "), refused.message());
        assertEquals("module.exports = require('./base');\n", Files.readString(config));
    }
}
