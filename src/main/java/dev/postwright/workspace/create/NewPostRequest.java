package dev.postwright.workspace.create;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the writer asked for when creating a post; the slug defaults to one made from the title.
 *
 * @param draftGiven whether the writer chose {@code draft} (the window's checkbox, {@code --draft} or
 *     {@code --no-draft}); when not, a Hugo archetype's own {@code draft} stays
 */
public record NewPostRequest(
        String title,
        Optional<String> slug,
        List<String> tags,
        boolean draft,
        Optional<String> description,
        boolean draftGiven) {

    public NewPostRequest {
        Objects.requireNonNull(title, "title");
        slug = slug == null ? Optional.empty() : slug.filter(s -> !s.isBlank()).map(String::strip);
        tags = tags == null
                ? List.of()
                : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        description = description == null ? Optional.empty() : description;
    }

    public NewPostRequest(
            String title, Optional<String> slug, List<String> tags, boolean draft, Optional<String> description) {
        this(title, slug, tags, draft, description, true);
    }

    public static NewPostRequest titled(String title) {
        return new NewPostRequest(title, Optional.empty(), List.of(), false, Optional.empty());
    }
}
