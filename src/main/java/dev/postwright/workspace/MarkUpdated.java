package dev.postwright.workspace;

import dev.postwright.frontmatter.DateFormatKeeper;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.Site;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * "Mark as updated": sets the site's modified-date field to now, written in the shape and zone of the date the
 * post already has (its own modified date, else its publication date). Only that field's lines change. Never
 * called on its own: the writer asks for it, or turned the preference on.
 */
public final class MarkUpdated {

    private MarkUpdated() {}

    /**
     * What marking did: the new text, or why it could not (a sentence for the writer) with the text unchanged.
     *
     * @param field the field set (e.g. {@code modDatetime})
     * @param value the value written, as it appears in the file
     */
    public record Outcome(String text, String field, String value, Optional<String> problem) {

        public boolean changed() {
            return problem.isEmpty();
        }
    }

    /** The post {@code text} with the site's modified-date field set to {@code now}. */
    public static Outcome mark(String text, Site site, ZonedDateTime now) {
        String field = site.generator().modifiedDateField();
        FrontmatterDocument fm = FrontmatterDocument.parse(text, site.dialect());
        if (fm.status() != FrontmatterDocument.Status.OK) {
            return refused(
                    text,
                    field,
                    "Its front matter does not read as " + fm.format() + "; fix it first, then mark it as updated.");
        }
        String template = dateText(fm, field)
                .or(() -> dateText(fm, site.generator().publishedDateField()))
                .orElse(null);
        String value = DateFormatKeeper.format(now, template);
        FrontmatterDocument updated = fm.with(field, YamlValue.timestamp(value), site.schema());
        return new Outcome(updated.text(), field, value, Optional.empty());
    }

    /** True when the markdown body (everything after the front matter) differs between the two texts. */
    public static boolean bodyChanged(String before, String after, Site site) {
        return !FrontmatterDocument.parse(before, site.dialect())
                .body()
                .equals(FrontmatterDocument.parse(after, site.dialect()).body());
    }

    private static Optional<String> dateText(FrontmatterDocument fm, String key) {
        return fm.value(key)
                .filter(v -> v instanceof YamlValue.Scalar s
                        && s.kind() != ScalarKind.NULL
                        && !s.value().isBlank())
                .map(v -> ((YamlValue.Scalar) v).value());
    }

    private static Outcome refused(String text, String field, String why) {
        return new Outcome(text, field, "", Optional.of(why));
    }
}
