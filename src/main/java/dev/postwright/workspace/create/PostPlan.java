package dev.postwright.workspace.create;

import java.nio.file.Path;
import java.util.List;

/**
 * A post about to be created: where, under which URL, with which text.
 *
 * @param refusals why it must not be created; empty when it may
 * @param warnings what the writer should know about the text, e.g. an archetype expression left out
 */
public record PostPlan(Path file, String url, String slug, String text, List<String> refusals, List<String> warnings) {

    public PostPlan {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public PostPlan(Path file, String url, String slug, String text, List<String> refusals) {
        this(file, url, slug, text, refusals, List.of());
    }

    public boolean creatable() {
        return refusals.isEmpty();
    }
}
