package dev.postwright.site.generator;

import dev.postwright.frontmatter.ScalarStyle;
import dev.postwright.frontmatter.ScalarWriter;
import java.util.List;
import java.util.stream.Collectors;

/** YAML source text for the fields of a new post. */
final class NewPosts {

    private NewPosts() {}

    static String scalar(String s) {
        return ScalarWriter.write(s, ScalarStyle.PLAIN, false);
    }

    static String flowList(List<String> items) {
        return items.stream()
                .map(i -> ScalarWriter.write(i, ScalarStyle.PLAIN, true))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
