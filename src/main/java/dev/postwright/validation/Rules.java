package dev.postwright.validation;

import dev.postwright.validation.body.HeadingRule;
import dev.postwright.validation.body.HtmlRule;
import dev.postwright.validation.body.ImageRule;
import dev.postwright.validation.body.LinkRule;
import dev.postwright.validation.body.TextRule;
import dev.postwright.validation.rules.DateRule;
import dev.postwright.validation.rules.DescriptionRule;
import dev.postwright.validation.rules.FieldRule;
import dev.postwright.validation.rules.FrontmatterRule;
import dev.postwright.validation.rules.OgImageRule;
import dev.postwright.validation.rules.SlugRule;
import dev.postwright.validation.rules.TagRule;
import java.util.List;

/** The standard rule families: frontmatter first, then the body, in the order problems are usually read. */
public final class Rules {
    private Rules() {}

    public static List<Rule> standard() {
        return List.of(
                new FrontmatterRule(),
                new FieldRule(),
                new DateRule(),
                new SlugRule(),
                new TagRule(),
                new DescriptionRule(),
                new OgImageRule(),
                new LinkRule(),
                new ImageRule(),
                new TextRule(),
                new HtmlRule(),
                new HeadingRule());
    }
}
