package dev.postwright.site.generator;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the writer asked for in a new post, as far as its front matter goes.
 *
 * @param title the title as typed
 * @param draft whether the post starts as a draft
 * @param tags tags, in order; empty for none
 * @param now the creation time, in the zone the post is dated in
 */
public record NewPostFields(String title, boolean draft, List<String> tags, ZonedDateTime now) {

    public NewPostFields {
        tags = List.copyOf(tags);
    }
}
