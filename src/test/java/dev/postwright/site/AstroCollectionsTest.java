package dev.postwright.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.TestClocks;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.validation.CheckResult;
import dev.postwright.validation.RuleId;
import dev.postwright.workspace.SiteChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content collections read from content configs of the shapes real Astro sites use, written here. */
class AstroCollectionsTest {

    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Path> contentDirs() throws IOException {
        write("astro.config.mjs", "export default {};\n");
        return SiteDetector.detect(tmp, Optional.empty()).contentDirs();
    }

    @Test
    void aPostsCollectionWithATemplateLiteralOfAConstantIsItsFolder() throws IOException {
        write("src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob } from "astro/loaders";
                export const BLOG_PATH = "src/content/posts";
                const posts = defineCollection({
                  loader: glob({ pattern: "**/[^_]*.{md,mdx}", base: `./${BLOG_PATH}` }),
                  schema: z.object({ title: z.string() }),
                });
                export const collections = { posts };
                """);
        write("src/content/posts/hello.md", "---\ntitle: Hi\n---\n");
        assertEquals(List.of(tmp.resolve("src/content/posts")), contentDirs());
    }

    @Test
    void aConstantImportedThroughATsconfigAliasIsFollowed() throws IOException {
        write("tsconfig.json", """
                {
                  // the alias AstroPaper v5 declares
                  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } }
                }
                """);
        write("src/constants.ts", "export const BLOG_PATH = \"src/content/posts\";\n");
        write("src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob } from "astro/loaders";
                import { BLOG_PATH } from "@/constants";
                const posts = defineCollection({
                  loader: glob({ pattern: "**/[^_]*.{md,mdx}", base: `./${BLOG_PATH}` }),
                  schema: z.object({ title: z.string() }),
                });
                export const collections = { posts };
                """);
        write("src/content/posts/hello.md", "---\ntitle: Hi\n---\n");
        assertEquals(List.of(tmp.resolve("src/content/posts")), contentDirs());
    }

    @Test
    void anAliasTheTsconfigDoesNotDeclareGivesNoFolder() throws IOException {
        write("src/constants.ts", "export const BLOG_PATH = \"src/content/posts\";\n");
        write("src/content.config.ts", """
                import { defineCollection } from "astro:content";
                import { glob } from "astro/loaders";
                import { BLOG_PATH } from "@/constants";
                const posts = defineCollection({ loader: glob({ pattern: "**/*.md", base: BLOG_PATH }) });
                export const collections = { posts };
                """);
        assertEquals(
                List.of(new AstroCollections.Collection("posts", Optional.empty(), true, "posts")),
                AstroCollections.read(tmp));
    }

    @Test
    void aBaseGivenAsAUrlIsRelativeToTheContentConfig() throws IOException {
        // Astro 5.18 builds src/content/articles from this config (tools/oracle, fixture astro-url-base)
        write("src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob } from "astro/loaders";
                const articles = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: new URL("./content/articles", import.meta.url) }),
                  schema: z.object({ title: z.string() }),
                });
                const outside = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: new URL("../../elsewhere", import.meta.url) }),
                });
                export const collections = { articles, outside };
                """);
        write("src/content/articles/a.md", "---\ntitle: A\n---\n");
        assertEquals(
                List.of(
                        new AstroCollections.Collection(
                                "articles", Optional.of("src/content/articles"), true, "articles"),
                        new AstroCollections.Collection("outside", Optional.empty(), true, "outside")),
                AstroCollections.read(tmp));
        assertEquals(List.of(tmp.resolve("src/content/articles")), contentDirs());
    }

    @Test
    void aConstantBaseImportedFromAnotherFileIsFollowed() throws IOException {
        write("src/consts.ts", "export const POSTS = \"src/writing\"; // where posts live\n");
        write("src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob } from "astro/loaders";
                import { POSTS as DIR } from "./consts";
                const writing = defineCollection({
                  loader: glob({ base: DIR, pattern: "**/*.md" }),
                  schema: z.object({ title: z.string() }),
                });
                export const collections = { posts: writing };
                """);
        write("src/writing/a.md", "---\ntitle: A\n---\n");
        assertEquals(
                List.of(new AstroCollections.Collection("posts", Optional.of("src/writing"), true, "writing")),
                AstroCollections.read(tmp));
        assertEquals(List.of(tmp.resolve("src/writing")), contentDirs());
    }

    @Test
    void everyMarkdownCollectionCountsAndDataCollectionsDoNot() throws IOException {
        write("src/content.config.ts", """
                import { defineCollection, z } from "astro:content";
                import { glob, file } from "astro/loaders";
                const blog = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "./src/data/blog" }),
                  schema: z.object({ title: z.string() }),
                });
                const notes = defineCollection({
                  loader: glob({ pattern: '**/*.mdx', base: 'src/notes/' }),
                  schema: z.object({ title: z.string() }),
                });
                const authors = defineCollection({ loader: glob({ pattern: "*.json", base: "src/authors" }) });
                const links = defineCollection({ loader: file("src/links.json") });
                export const collections = { blog, notes, authors, links };
                """);
        for (String dir : List.of("src/data/blog", "src/notes", "src/authors")) {
            Files.createDirectories(tmp.resolve(dir));
        }
        assertEquals(List.of(tmp.resolve("src/data/blog"), tmp.resolve("src/notes")), contentDirs());
        assertEquals(
                List.of("blog", "notes", "authors", "links"),
                AstroCollections.read(tmp).stream()
                        .map(AstroCollections.Collection::name)
                        .toList());
    }

    @Test
    void legacyCollectionsUseTheFolderNamedAfterThem() throws IOException {
        write("src/content/config.ts", """
                import { defineCollection, z } from "astro:content";
                const blog = defineCollection({ type: "content", schema: z.object({ title: z.string() }) });
                const projects = defineCollection({ schema: z.object({ title: z.string() }) });
                const team = defineCollection({ type: "data", schema: z.object({ name: z.string() }) });
                export const collections = { blog, projects, team };
                """);
        for (String dir : List.of("src/content/blog", "src/content/projects", "src/content/team")) {
            Files.createDirectories(tmp.resolve(dir));
        }
        assertEquals(List.of(tmp.resolve("src/content/blog"), tmp.resolve("src/content/projects")), contentDirs());
    }

    @Test
    void withoutAContentConfigTheThemeFoldersApply() throws IOException {
        Files.createDirectories(tmp.resolve("src/data/blog"));
        Files.createDirectories(tmp.resolve("src/content/posts"));
        assertEquals(List.of(), AstroCollections.read(tmp));
        assertEquals(List.of(tmp.resolve("src/data/blog")), contentDirs());
    }

    @Test
    void aBaseThatCannotBeWorkedOutLeavesTheThemeFolders() throws IOException {
        write("src/content.config.ts", """
                const blog = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: `./${UNKNOWN}` }),
                });
                """);
        Files.createDirectories(tmp.resolve("src/data/blog"));
        assertEquals(List.of(tmp.resolve("src/data/blog")), contentDirs());
    }

    @Test
    void withoutABlogCollectionTheSchemaIsTheFirstMarkdownCollections() throws Exception {
        String config = """
                const authors = defineCollection({
                  loader: glob({ pattern: "*.json", base: "src/authors" }),
                  schema: z.object({ name: z.string() }),
                });
                const posts = defineCollection({
                  loader: glob({ pattern: "**/*.md", base: "src/content/posts" }),
                  schema: z.object({ title: z.string(), pubDate: z.date() }),
                });
                export const collections = { authors, posts };
                """;
        assertEquals(
                List.of("title", "pubDate"),
                ZodSchemaReader.parse(config, "src/content.config.ts").fields().stream()
                        .map(f -> f.name())
                        .toList());
        // A config whose "blog" collection holds the posts keeps reading that one.
        String blog = config.replace("posts", "blog");
        assertEquals(
                List.of("title", "pubDate"),
                ZodSchemaReader.parse(blog, "src/content.config.ts").fields().stream()
                        .map(f -> f.name())
                        .toList());
    }

    @Test
    void checkReadsThePostsOfAPostsCollection() throws IOException {
        write("src/content.config.ts", """
                export const BLOG_PATH = "src/content/posts";
                const posts = defineCollection({
                  loader: glob({ pattern: "**/[^_]*.{md,mdx}", base: `./${BLOG_PATH}` }),
                  schema: z.object({ title: z.string(), pubDatetime: z.date() }),
                });
                export const collections = { posts };
                """);
        write(
                "src/content/posts/first.md",
                "---\ntitle: First\npubDatetime: 2026-01-01\n---\nSee [the second](/posts/second/).\n");
        write("src/content/posts/second.md", "---\npubDatetime: 2026-01-02\n---\nNo title.\n");
        write("src/content/posts/_draft.md", "---\ntitle: Skipped\n---\n");
        write("astro.config.mjs", "export default {};\n");
        Site site = SiteDetector.detect(tmp, Optional.empty());
        CheckResult result = new SiteChecker(site, new MarkdownEngine(), TestClocks.JUNE_2026_NOON).check(List.of());
        assertEquals(2, result.files());
        List<String> errors = result.problems().stream()
                .map(p -> p.file().getFileName() + " " + p.rule())
                .filter(p -> p.contains("field.required") || p.contains("link."))
                .toList();
        assertEquals(List.of("second.md " + RuleId.FIELD_REQUIRED.id()), errors);
    }
}
