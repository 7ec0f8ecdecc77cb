package dev.postwright.site.generator;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the writer asked for in a new post, as far as its front matter goes.
 *
 * @param title the title as typed
 * @param draft whether the post starts as a draft
 * @param tags tags, in order; empty for none
 * @param now the creation time, in the zone the post is dated in
 * @param draftGiven whether the writer chose {@code draft} (a site template's own value stays otherwise)
 * @param description the description, when the writer gave one
 */
public record NewPostFields(
        String title,
        boolean draft,
        List<String> tags,
        ZonedDateTime now,
        boolean draftGiven,
        Optional<String> description) {

    public NewPostFields {
        tags = List.copyOf(tags);
        description = description == null ? Optional.empty() : description;
    }

    public NewPostFields(String title, boolean draft, List<String> tags, ZonedDateTime now) {
        this(title, draft, tags, now, true, Optional.empty());
    }
}
