package dev.postwright.validation.rules;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.PostSummaries;
import dev.postwright.site.generator.DateFields;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.Rule;
import dev.postwright.validation.RuleContext;
import dev.postwright.validation.RuleId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

/** {@code date.invalid}, {@code date.order}, {@code date.future}. */
public final class DateRule implements Rule {

    /** Publication field, then the modification fields that pair with it (the names PostSummaries reads). */
    private static final List<List<String>> PAIRS = DateFields.pairs();

    @Override
    public void check(PostAnalysis post, RuleContext ctx) {
        if (!RuleSupport.usable(post)) {
            return;
        }
        FrontmatterDocument doc = post.frontmatter();
        for (Field f : ctx.schema().fields()) {
            if (f.type() == FieldType.DATE || f.type() == FieldType.DATETIME) {
                checkParses(doc, f.name(), ctx);
            }
        }
        for (List<String> pair : PAIRS) {
            String pubKey = pair.get(0);
            Optional<Temporal> pub = FieldValues.date(doc, pubKey).value();
            if (pub.isEmpty()) {
                continue;
            }
            for (String modKey : pair.subList(1, pair.size())) {
                FieldValues.date(doc, modKey)
                        .value()
                        .ifPresent(mod -> checkOrder(doc, pubKey, pub.get(), modKey, mod, ctx));
            }
            if (!post.summary().draft()) {
                checkFuture(post, pubKey, pub.get(), ctx);
            }
        }
    }

    private static void checkParses(FrontmatterDocument doc, String key, RuleContext ctx) {
        Optional<FrontmatterDocument.Entry> e = doc.entry(key);
        if (e.isEmpty()
                || !(e.get().value() instanceof YamlValue.Scalar s)
                || s.kind() == ScalarKind.NULL
                || s.kind() == ScalarKind.BOOLEAN) {
            return; // absent, empty or not a scalar: field.required / field.type say so
        }
        if (FieldValues.date(doc, key).typeError().isPresent()) {
            ctx.report(
                    RuleId.DATE_INVALID,
                    s.line(),
                    s.column(),
                    "'" + key + "' is " + RuleSupport.shown(s)
                            + ", which is not a date the site accepts: write it like 2024-01-05 or "
                            + "2024-01-05T10:00:00Z (year-month-day, a real calendar date).");
        }
    }

    private static void checkOrder(
            FrontmatterDocument doc, String pubKey, Temporal pub, String modKey, Temporal mod, RuleContext ctx) {
        ZoneId zone = ctx.zone();
        // A bare date says nothing about the hour: compare calendar days then, not midnight against a time.
        boolean before = pub instanceof LocalDate || mod instanceof LocalDate
                ? localDate(mod, zone).isBefore(localDate(pub, zone))
                : PostSummaries.instant(mod, zone).isBefore(PostSummaries.instant(pub, zone));
        if (!before) {
            return;
        }
        YamlValue v = doc.value(modKey).orElseThrow();
        ctx.report(
                RuleId.DATE_ORDER,
                v.line(),
                v.column(),
                "'" + modKey + "' " + RuleSupport.shown(v)
                        + " is before '" + pubKey + "' "
                        + RuleSupport.shown(doc.value(pubKey).orElseThrow())
                        + ": a post cannot be updated before it is published. Set " + modKey
                        + " to the date of the last change, or remove it.");
    }

    private static void checkFuture(PostAnalysis post, String pubKey, Temporal pub, RuleContext ctx) {
        Instant now = ctx.clock().instant();
        if (!PostSummaries.instant(pub, ctx.zone()).isAfter(now)) {
            return;
        }
        YamlValue v = post.frontmatter().value(pubKey).orElseThrow();
        ctx.report(
                RuleId.DATE_FUTURE,
                v.line(),
                v.column(),
                "'" + pubKey + "' " + RuleSupport.shown(v)
                        + " is in the future: the site won't show this post ("
                        + post.summary().url()
                        + ") until then. Set draft: true to hold it back on purpose, or change the date.");
    }

    private static LocalDate localDate(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        return PostSummaries.instant(t, zone).atZone(zone).toLocalDate();
    }
}
