package dev.postwright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic AstroPaper v5 site: N posts of about 8 KB with headings, 20 links and 3 images each,
 * deterministic by seed. About 2% of posts carry one deliberate problem (broken anchor, missing image or a
 * near-duplicate tag), so {@code check} has something to report. Usage:
 * {@code SiteGenerator --posts 1000 --seed 42 --out DIR}.
 */
public final class SiteGenerator {

    /** A valid 1×1 transparent PNG; every image in the site reuses these bytes. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static final String[] WORDS = ("the a of and to in is it that for on with as by this from at an be "
            + "was are or have not but which one all some when their there more about into over after before "
            + "garden bread walk river light film camera notes script tool kitchen flour water starter ridge "
            + "valley morning evening winter summer autumn spring trail map compass jar oven dough crumb "
            + "shutter lens negative print paper ink desk folder file rename batch loop list table chart "
            + "slowly quietly carefully roughly nearly always often never sometimes usually simply").split(" ");

    static final String[] TAGS = {"bread", "sourdough", "hiking", "film-photography", "darkroom", "tools",
        "scripting", "notes", "garden", "cooking", "travel", "maps", "winter", "summer", "javascript",
        "python", "shell", "writing", "reading", "books", "coffee", "tea", "cycling", "running", "weather",
        "birds", "trees", "camping", "kitchen", "baking", "fermentation", "printing", "scanning", "archive",
        "linux", "editors", "markdown", "astro", "static-sites", "others"};

    static final String[] SECTIONS = {"Getting started", "What you need", "The first attempt", "Things that went wrong",
        "A better approach", "Measuring the result", "Notes from the field", "Small details", "Cleaning up",
        "What I would change", "Further reading", "Closing thoughts"};

    static final int IMAGE_FILES = 50;
    static final int PUBLIC_FILES = 20;

    private final int posts;
    private final long seed;
    private final Path out;

    public SiteGenerator(int posts, long seed, Path out) {
        this.posts = posts;
        this.seed = seed;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        int n = 1000;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--posts" -> n = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: SiteGenerator [--posts N] [--seed S] --out DIR");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: SiteGenerator [--posts N] [--seed S] --out DIR");
            System.exit(2);
        }
        Stats s = new SiteGenerator(n, seed, out).write();
        System.out.println("wrote " + s.posts + " posts (" + s.bytes / 1024 + " KB of markdown, " + s.problems
                + " with a deliberate problem) to " + out.toAbsolutePath());
    }

    /** What was written. */
    public record Stats(int posts, long bytes, int problems) {}

    public static String slug(int i) {
        return String.format(Locale.ROOT, "post-%05d", i);
    }

    /** GitHub-slugger id of a generated heading (they are plain words, digits and spaces). */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    static String heading(int post, int section) {
        return SECTIONS[(post + section) % SECTIONS.length] + " " + (section + 1);
    }

    static int sectionsOf(int post) {
        return 6 + post % 4;
    }

    public Stats write() throws IOException {
        Path blog = out.resolve("src/data/blog");
        Files.createDirectories(blog.resolve("img"));
        Files.createDirectories(out.resolve("public/images"));
        Files.createDirectories(out.resolve("public/files"));
        Files.writeString(out.resolve("astro.config.mjs"),
                "import { defineConfig } from \"astro/config\";\nexport default defineConfig({ site: "
                        + "\"https://bench.example.org/\" });\n");
        Files.writeString(out.resolve("src/content.config.ts"), CONTENT_CONFIG);
        Files.writeString(out.resolve("package.json"), "{ \"name\": \"bench-site\", \"private\": true }\n");
        for (int i = 0; i < IMAGE_FILES; i++) {
            Files.write(out.resolve("public/images/img-" + i + ".png"), PNG);
            Files.write(blog.resolve("img/rel-" + i + ".png"), PNG);
        }
        for (int i = 0; i < PUBLIC_FILES; i++) {
            Files.writeString(out.resolve("public/files/doc-" + i + ".txt"), "file " + i + "\n");
        }
        long bytes = 0;
        int problems = 0;
        for (int i = 0; i < posts; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            int problem = r.nextInt(100) < 2 ? 1 + r.nextInt(3) : 0;
            if (problem != 0) {
                problems++;
            }
            String text = post(i, r, problem);
            Files.writeString(blog.resolve(slug(i) + ".md"), text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Stats(posts, bytes, problems);
    }

    private String post(int i, Random r, int problem) {
        StringBuilder b = new StringBuilder(9000);
        b.append("---\n");
        b.append("title: ").append(title(r)).append('\n');
        b.append("author: Bench Writer\n");
        int year = 2019 + r.nextInt(6);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        b.append(String.format(Locale.ROOT, "pubDatetime: %04d-%02d-%02dT%02d:%02d:00Z%n", year, month, day,
                r.nextInt(24), r.nextInt(60)));
        if (r.nextInt(4) == 0) {
            b.append(String.format(Locale.ROOT, "modDatetime: %04d-%02d-%02dT10:00:00Z%n", year + 1, month, day));
        }
        if (r.nextInt(10) == 0) {
            b.append("draft: true\n");
        }
        if (r.nextInt(8) == 0) {
            b.append("featured: true\n");
        }
        List<String> tags = new ArrayList<>();
        int nt = 1 + r.nextInt(3);
        while (tags.size() < nt) {
            String t = TAGS[r.nextInt(TAGS.length)];
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        if (problem == 3) {
            tags.set(0, Character.toUpperCase(tags.get(0).charAt(0)) + tags.get(0).substring(1) + "s");
        }
        if (r.nextBoolean()) {
            b.append("tags: [").append(String.join(", ", tags)).append("]\n");
        } else {
            b.append("# tags as a block list\ntags:\n");
            tags.forEach(t -> b.append("  - ").append(t).append('\n'));
        }
        b.append("description: \"").append(sentence(r, 60, 150)).append("\"\n");
        b.append("---\n\n");
        b.append(paragraph(r, 400)).append("\n\n");
        int sections = sectionsOf(i);
        int links = 0;
        int images = 0;
        for (int s = 0; s < sections; s++) {
            b.append(s % 3 == 2 ? "### " : "## ").append(heading(i, s)).append("\n\n");
            int target = 8000 * (s + 1) / sections;
            boolean first = true; // every section gets at least one paragraph (no heading.empty-section)
            while (first || b.length() < target - 200 || (s == sections - 1 && links < 20)) {
                first = false;
                if (links < 20 * (s + 1) / sections) {
                    b.append(sentenceWithLink(i, r, links++, problem)).append(' ');
                }
                b.append(paragraph(r, 250)).append("\n\n");
                if (images < 3 * (s + 1) / sections) {
                    b.append(image(r, images++, problem == 2 && images == 1)).append("\n\n");
                }
            }
        }
        while (images < 3) {
            b.append(image(r, images++, false)).append("\n\n");
        }
        return b.toString();
    }

    private String sentenceWithLink(int post, Random r, int n, int problem) {
        String text = words(r, 3);
        String dest;
        switch (n % 5) {
            case 0, 1 -> { // another post, with an anchor that exists
                int other = (post + 1 + r.nextInt(Math.max(1, posts - 1))) % Math.max(1, posts);
                int sec = r.nextInt(sectionsOf(other));
                String frag = anchor(heading(other, sec));
                if (problem == 1 && n == 0) {
                    frag = frag + "-gone";
                }
                dest = n % 5 == 0 ? "/posts/" + slug(other) + "/#" + frag : "./" + slug(other) + ".md#" + frag;
            }
            case 2 -> dest = "/files/doc-" + r.nextInt(PUBLIC_FILES) + ".txt";
            case 3 -> dest = "https://example.com/" + words(r, 1) + "/" + r.nextInt(1000);
            default -> dest = "/posts/" + slug(r.nextInt(Math.max(1, posts))) + "/";
        }
        return "See [" + text + "](" + dest + ").";
    }

    private String image(Random r, int n, boolean missing) {
        String alt = words(r, 4);
        if (missing) {
            return "![" + alt + "](/images/missing-" + r.nextInt(1000) + ".png)";
        }
        return n == 2 ? "![" + alt + "](./img/rel-" + r.nextInt(IMAGE_FILES) + ".png)"
                : "![" + alt + "](/images/img-" + r.nextInt(IMAGE_FILES) + ".png)";
    }

    private static String title(Random r) {
        String w = words(r, 3 + r.nextInt(5));
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String sentence(Random r, int min, int max) {
        StringBuilder b = new StringBuilder("A note about ");
        int goal = min + r.nextInt(max - min - 10);
        while (b.length() < goal) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        b.setLength(b.length() - 1);
        return b.append('.').toString();
    }

    private static String paragraph(Random r, int chars) {
        StringBuilder b = new StringBuilder(chars + 40);
        while (b.length() < chars) {
            String s = words(r, 6 + r.nextInt(10));
            b.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
            int deco = r.nextInt(12);
            if (deco == 0) {
                b.append(" with **emphasis**");
            } else if (deco == 1) {
                b.append(" and `code`");
            }
            b.append(". ");
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** Generates a post body of about {@code bytes} characters (for the 10 KB / 100 KB / 1 MB benchmarks). */
    public static String bigPost(int bytes, long seed) {
        SiteGenerator g = new SiteGenerator(1000, seed, Path.of("."));
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(bytes + 1000);
        b.append(g.post(7, r, 0));
        int s = 100;
        int links = 0;
        while (b.length() < bytes) {
            b.append(s % 3 == 0 ? "### " : "## ").append(heading(7, s++ % 12)).append(" more\n\n");
            for (int p = 0; p < 4; p++) {
                b.append(g.sentenceWithLink(7, r, links++, 0)).append(' ').append(paragraph(r, 400)).append("\n\n");
            }
            b.append("- a list item with `code`\n- another one with **bold**\n\n");
            b.append("```sh\nls -la /tmp\necho done\n```\n\n");
        }
        return b.toString();
    }


    private static final String CONTENT_CONFIG = """
            import { defineCollection, z } from "astro:content";
            import { glob } from "astro/loaders";

            const blog = defineCollection({
              loader: glob({ pattern: "**/[^_]*.md", base: "./src/data/blog" }),
              schema: ({ image }) =>
                z.object({
                  author: z.string().default("Bench Writer"),
                  pubDatetime: z.date(),
                  modDatetime: z.date().optional().nullable(),
                  title: z.string(),
                  featured: z.boolean().optional(),
                  draft: z.boolean().optional(),
                  tags: z.array(z.string()).default(["others"]),
                  ogImage: image().or(z.string()).optional(),
                  description: z.string(),
                  canonicalURL: z.string().optional(),
                  hideEditPost: z.boolean().optional(),
                  timezone: z.string().optional(),
                }),
            });

            export const collections = { blog };
            """;
}
