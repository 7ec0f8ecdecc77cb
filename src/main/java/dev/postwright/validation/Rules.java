package dev.postwright.validation;

import java.util.List;

/** The standard rule families, in the order their problems are usually read. */
public final class Rules {
    private Rules() {}

    public static List<Rule> standard() {
        return List.of(
                new dev.postwright.validation.body.LinkRule(),
                new dev.postwright.validation.body.ImageRule(),
                new dev.postwright.validation.body.TextRule(),
                new dev.postwright.validation.body.HtmlRule(),
                new dev.postwright.validation.body.HeadingRule());
    }
}
