package dev.postwright.validation;

import java.util.List;

/** The standard rule families, in the order their problems are usually read. */
public final class Rules {
    private Rules() {}

    public static List<Rule> standard() {
        return List.of(
                new dev.postwright.validation.rules.FrontmatterRule(),
                new dev.postwright.validation.rules.FieldRule(),
                new dev.postwright.validation.rules.DateRule(),
                new dev.postwright.validation.rules.SlugRule(),
                new dev.postwright.validation.rules.TagRule(),
                new dev.postwright.validation.rules.DescriptionRule(),
                new dev.postwright.validation.rules.OgImageRule()
        );
    }
}
