package dev.postwright.workspace.create;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post about to be created: where, under which URL, with which text.
 *
 * @param refusals why it must not be created; empty when it may
 * @param warnings what the writer should know about the text, e.g. an archetype expression left out
 * @param copies files created along with the post, new path to the file copied (a Hugo bundle archetype's)
 */
public record PostPlan(
        Path file,
        String url,
        String slug,
        String text,
        List<String> refusals,
        List<String> warnings,
        Map<Path, Path> copies) {

    public PostPlan {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
        copies = Collections.unmodifiableMap(new LinkedHashMap<>(copies));
    }

    public PostPlan(Path file, String url, String slug, String text, List<String> refusals) {
        this(file, url, slug, text, refusals, List.of(), Map.of());
    }

    public boolean creatable() {
        return refusals.isEmpty();
    }
}
