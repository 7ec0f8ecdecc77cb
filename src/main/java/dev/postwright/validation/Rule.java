package dev.postwright.validation;

/** One family of checks (tags, links, dates …); reports problems through the context. */
public interface Rule {

    void check(PostAnalysis post, RuleContext context);
}
