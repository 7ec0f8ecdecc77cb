package dev.postwright.validation.body;

import dev.postwright.render.HtmlTag;
import dev.postwright.render.UrlText;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;

/** Raw HTML the preview cannot show as the site will: {@code html.script} and {@code html.iframe}, at the {@code <}. */
public final class HtmlRule implements Rule {

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        for (HtmlTag tag : post.markdown().htmlTags("script")) {
            String src = tag.attr("src");
            ctx.report(
                    RuleId.HTML_SCRIPT,
                    tag.line(),
                    tag.column(),
                    "A <script>" + (src == null ? "" : " from " + describe(src))
                            + " is in the post: it is removed from the preview, but Astro will ship it to"
                            + " readers and run it. Remove it unless you mean to publish it.");
        }
        for (HtmlTag tag : post.markdown().htmlTags("iframe")) {
            String src = tag.attr("src");
            ctx.report(
                    RuleId.HTML_IFRAME,
                    tag.line(),
                    tag.column(),
                    "An embedded frame"
                            + (src == null || src.isBlank() ? " without a src" : " from " + describe(src))
                            + " is shown as a placeholder offline; readers of the site will load it from there.");
        }
    }

    private static String describe(String src) {
        String host = UrlText.host(src);
        return host != null ? host : src.strip();
    }
}
