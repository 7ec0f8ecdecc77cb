package dev.postwright.site.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * A new post's whole text from the site's own template for new posts (Hugo's archetypes).
 *
 * @param file where the post goes (a leaf bundle's {@code index.md} when the archetype is a folder)
 * @param text the file's text
 * @param warnings what the writer should know, e.g. an expression of the archetype that was left out
 */
public record NewPostText(Path file, String text, List<String> warnings) {

    public NewPostText {
        warnings = List.copyOf(warnings);
    }
}
