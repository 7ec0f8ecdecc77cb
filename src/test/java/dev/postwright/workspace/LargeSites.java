package dev.postwright.workspace;

import dev.postwright.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Generated AstroPaper sites of many small posts, for the tests of opening and listing large sites (issue 23). */
public final class LargeSites {

    private static final List<String> WORDS =
            List.of("ridge", "harbour", "darkroom", "bread", "orchard", "lantern", "glacier", "moss", "kiln", "atlas");
    private static final List<String> TAGS = List.of("hiking", "baking", "film", "maps", "garden", "travel");

    private LargeSites() {}

    /** The title of post {@code i} as {@link #write} gives it. */
    public static String title(int i) {
        Random r = new Random(i);
        return "Notes " + i + ": the " + WORDS.get(r.nextInt(WORDS.size())) + " and the "
                + WORDS.get(r.nextInt(WORDS.size()));
    }

    /** The file of post {@code i}. */
    public static Path post(Path root, int i) {
        return root.resolve(String.format(Locale.ROOT, "src/data/blog/notes-%05d.md", i))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Writes {@code n} posts; every 97th links to a post that does not exist, so the site has problems to count.
     */
    public static Path write(Path root, int n) {
        TestSites.astroPaper(root);
        for (int i = 0; i < n; i++) {
            Random r = new Random(i);
            String link = i % 97 == 5
                    ? "[gone](./no-such-post.md)"
                    : String.format(Locale.ROOT, "[the next one](./notes-%05d.md)", (i + 1) % n);
            String text = "---\ntitle: \"" + title(i) + "\"\n"
                    + "description: A generated post for the large-site tests, long enough for the rules.\n"
                    + String.format(
                            Locale.ROOT,
                            "pubDatetime: %04d-%02d-%02dT08:00:00Z\n",
                            2015 + r.nextInt(10),
                            1 + r.nextInt(12),
                            1 + r.nextInt(28))
                    + "tags: [" + TAGS.get(i % TAGS.size()) + ", " + TAGS.get(r.nextInt(TAGS.size())) + "]\n"
                    + "---\n\n## A heading\n\nSome words about " + title(i) + ", then " + link + ".\n";
            TestSites.write(post(root, i), text);
        }
        return root;
    }
}
