package dev.postwright.render;

import java.util.List;

/** What the post header shows: title, dates as written in frontmatter, tags, reading time, status. */
public record PostHeader(
        String title,
        String pubDate,
        String modDate,
        List<String> tags,
        int readingMinutes,
        boolean draft,
        boolean scheduled) {
    public PostHeader {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
