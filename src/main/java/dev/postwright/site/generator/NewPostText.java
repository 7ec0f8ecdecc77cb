package dev.postwright.site.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new post's whole text from the site's own template for new posts (Hugo's archetypes).
 *
 * @param file where the post goes (a leaf bundle's {@code index.md} when the archetype is a folder)
 * @param text the file's text
 * @param warnings what the writer should know, e.g. an expression of the archetype that was left out
 * @param copies files to copy along with the post, new path to the file it copies (a bundle archetype's images)
 */
public record NewPostText(Path file, String text, List<String> warnings, Map<Path, Path> copies) {

    public NewPostText {
        warnings = List.copyOf(warnings);
        copies = Collections.unmodifiableMap(new LinkedHashMap<>(copies));
    }

    public NewPostText(Path file, String text, List<String> warnings) {
        this(file, text, warnings, Map.of());
    }
}
