package dev.postwright.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.FrontmatterDocument.Status;
import dev.postwright.frontmatter.YamlDialect;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@link EditSequenceProperties} generates: a starting post of many frontmatter shapes (quoting, date forms,
 * tag styles, comments, line endings, BOM), the form and body edits applied to it, and the values a re-parse
 * must read back.
 */
final class EditSequences {

    private EditSequences() {}

    // ---------------------------------------------------------------- generated starting post

    enum TitleStyle {
        PLAIN,
        SINGLE,
        DOUBLE
    }

    enum DescStyle {
        PLAIN,
        DOUBLE,
        FOLDED
    }

    enum DateShape {
        BARE,
        QUOTED_BARE,
        UTC,
        OFFSET,
        SPACED_OFFSET,
        LOCAL
    }

    enum TagsStyle {
        ABSENT,
        FLOW,
        FLOW_PADDED,
        EMPTY_FLOW,
        BLOCK,
        BLOCK_INDENTED
    }

    record Shape(
            boolean crlf,
            boolean bom,
            boolean finalNewline,
            TitleStyle titleStyle,
            DescStyle descStyle,
            DateShape dateShape,
            TagsStyle tagsStyle,
            int comments) {}

    record Content(
            String title,
            List<String> tags,
            Optional<Boolean> draft,
            Optional<Boolean> featured,
            LocalDateTime date,
            int unknown,
            List<String> paragraphs) {}

    record Start(Shape shape, Content content) {
        String le() {
            return shape.crlf ? "\r\n" : "\n";
        }

        /** The pubDatetime the start text holds, typed as FieldValues reads it back. */
        Temporal date() {
            return switch (shape.dateShape) {
                case BARE, QUOTED_BARE -> content.date.toLocalDate();
                case UTC -> content.date.atOffset(ZoneOffset.UTC);
                case OFFSET, SPACED_OFFSET -> content.date.atOffset(ZoneOffset.ofHours(2));
                case LOCAL -> content.date;
            };
        }

        String text() {
            String le = le();
            Content c = content;
            StringBuilder b = new StringBuilder("---").append(le);
            if ((shape.comments & 1) != 0) {
                b.append("# Post metadata — keep it tidy ✍️").append(le);
            }
            b.append("title: ")
                    .append(
                            switch (shape.titleStyle) {
                                case PLAIN -> c.title;
                                case SINGLE -> "'" + c.title.replace("'", "''") + "'";
                                case DOUBLE ->
                                    "\"" + c.title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                            })
                    .append(le);
            String d = c.date.toLocalDate().toString();
            String t = c.date.toLocalTime().withNano(0).toString();
            t = t.length() == 5 ? t + ":00" : t;
            b.append("pubDatetime: ")
                    .append(
                            switch (shape.dateShape) {
                                case BARE -> d;
                                case QUOTED_BARE -> "\"" + d + "\"";
                                case UTC -> d + "T" + t + "Z";
                                case OFFSET -> d + "T" + t + "+02:00";
                                case SPACED_OFFSET -> d + " " + t + " +02:00";
                                case LOCAL -> d + "T" + t;
                            })
                    .append(le);
            if (c.featured.isPresent()) {
                if ((shape.comments & 2) != 0) {
                    b.append("# pinned on the home page").append(le);
                }
                b.append("featured: ").append(c.featured.get()).append(le);
            }
            c.draft.ifPresent(v ->
                    b.append("draft: ").append(v).append(" # hide until ready").append(le));
            if ((shape.comments & 4) != 0) {
                b.append(le);
            }
            switch (shape.tagsStyle) {
                case ABSENT -> {}
                case FLOW ->
                    b.append("tags: [")
                            .append(String.join(", ", c.tags))
                            .append(']')
                            .append(le);
                case FLOW_PADDED ->
                    b.append("tags: [ ")
                            .append(String.join(", ", c.tags))
                            .append(" ]")
                            .append(le);
                case EMPTY_FLOW -> b.append("tags: []").append(le);
                case BLOCK, BLOCK_INDENTED -> {
                    b.append("tags:");
                    for (String tag : c.tags) {
                        b.append(le)
                                .append(shape.tagsStyle == TagsStyle.BLOCK ? "" : "  ")
                                .append("- ")
                                .append(tag);
                    }
                    b.append(le);
                }
            }
            b.append(
                    switch (shape.descStyle) {
                        case PLAIN -> "description: A short note about café culture 🌉" + le;
                        case DOUBLE -> "description: \"Why: colons, #hashes and [brackets] need quotes\"" + le;
                        case FOLDED ->
                            "description: >-" + le + "  A folded description that spans" + le
                                    + "  two lines, with accents: àéîõü" + le;
                    });
            b.append(
                    switch (c.unknown) {
                        case 0 -> "";
                        case 1 -> "emoji: 🌉" + le;
                        case 2 -> "series: Part 1 # keep this" + le;
                        default ->
                            "seo:" + le + "  noindex: true" + le + "  # nested comment" + le + "  keywords: [a, b]"
                                    + le;
                    });
            b.append("---").append(le);
            for (int i = 0; i < c.paragraphs.size(); i++) {
                b.append(i == 0 ? "" : le).append(c.paragraphs.get(i));
            }
            if (shape.finalNewline) {
                b.append(le);
            }
            return b.toString();
        }
    }

    // ---------------------------------------------------------------- operations

    sealed interface Op
            permits SetTitle,
                    SetDescription,
                    SetDraft,
                    SetTags,
                    AddTag,
                    RemoveTag,
                    SetFeatured,
                    RemoveFeatured,
                    SetDate,
                    InsertBody,
                    DeleteBody {}

    record SetTitle(String value) implements Op {}

    record SetDescription(String value) implements Op {}

    record SetDraft(boolean value) implements Op {}

    record SetTags(List<String> value) implements Op {}

    record AddTag(String value) implements Op {}

    /** Removes the tag at {@code index % size}; a no-op on an empty or absent list. */
    record RemoveTag(int index) implements Op {}

    /** Sets featured, through the schema (inserted in schema order) or not (appended at the end). */
    record SetFeatured(boolean value, boolean viaSchema) implements Op {}

    record RemoveFeatured() implements Op {}

    record SetDate(Temporal value) implements Op {}

    /** Inserts at a body position given in ten-thousandths of the body's length; "\n" stands for the file's line ending. */
    record InsertBody(int at, String text) implements Op {}

    record DeleteBody(int at, int length) implements Op {}

    // ---------------------------------------------------------------- model of the typed values

    /** What a re-parse must read back for every field the sequence touches. */
    static final class Expected {
        String title;
        String description;
        Optional<Boolean> draft;
        Optional<List<String>> tags;
        Optional<Boolean> featured;
        Temporal date;

        Expected(Start s, FrontmatterDocument doc) {
            title = s.content().title();
            description = FieldValues.string(doc, "description").orElseThrow();
            draft = s.content().draft();
            tags = s.shape().tagsStyle() == TagsStyle.ABSENT
                    ? Optional.empty()
                    : Optional.of(
                            s.shape().tagsStyle() == TagsStyle.EMPTY_FLOW
                                    ? List.of()
                                    : s.content().tags());
            featured = s.content().featured();
            date = s.date();
        }

        void check(FrontmatterDocument doc, Supplier<String> context) {
            assertEquals(Status.OK, doc.status(), () -> doc.error() + context.get());
            assertEquals(Optional.of(title), FieldValues.string(doc, "title"), msg("title", context));
            assertEquals(Optional.of(description), FieldValues.string(doc, "description"), msg("description", context));
            assertEquals(draft, FieldValues.bool(doc, "draft").value(), msg("draft", context));
            assertEquals(tags, FieldValues.stringList(doc, "tags").value(), msg("tags", context));
            assertEquals(featured, FieldValues.bool(doc, "featured").value(), msg("featured", context));
            assertEquals(Optional.of(date), FieldValues.date(doc, "pubDatetime").value(), msg("pubDatetime", context));
            // the strings also read back the same under the other dialect (js-yaml vs Psych)
            FrontmatterDocument other = FrontmatterDocument.parse(doc.text(), YamlDialect.YAML_1_1);
            assertEquals(Optional.of(title), FieldValues.string(other, "title"), msg("title (YAML 1.1)", context));
            assertEquals(tags, FieldValues.stringList(other, "tags").value(), msg("tags (YAML 1.1)", context));
        }

        /** What withDate gives back: the new value in the old value's shape (SPEC §2). */
        static Temporal dateAfter(Temporal old, Temporal value) {
            if (old instanceof LocalDate) {
                return LocalDate.from(value);
            }
            if (old instanceof OffsetDateTime o) {
                return value instanceof OffsetDateTime v
                        ? v.withOffsetSameInstant(o.getOffset())
                        : OffsetDateTime.of(LocalDate.from(value), o.toLocalTime(), o.getOffset());
            }
            LocalDateTime l = (LocalDateTime) old;
            return value instanceof OffsetDateTime v
                    ? v.toLocalDateTime()
                    : LocalDate.from(value).atTime(l.toLocalTime());
        }
    }

    /** An assertion message: what was checked, then the edit log so far. */
    static Supplier<String> msg(String what, Supplier<String> ctx) {
        return () -> what + ctx.get();
    }
}
