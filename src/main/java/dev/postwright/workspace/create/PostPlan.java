package dev.postwright.workspace.create;

import java.nio.file.Path;
import java.util.List;

/**
 * A post about to be created: where, under which URL, with which text.
 *
 * @param refusals why it must not be created; empty when it may
 */
public record PostPlan(Path file, String url, String slug, String text, List<String> refusals) {

    public PostPlan {
        refusals = List.copyOf(refusals);
    }

    public boolean creatable() {
        return refusals.isEmpty();
    }
}
