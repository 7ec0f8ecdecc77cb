package dev.postwright.site.generator;

import static dev.postwright.frontmatter.Field.optional;
import static dev.postwright.frontmatter.Field.required;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import dev.postwright.frontmatter.Schema;
import dev.postwright.site.YamlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in field lists of the generators, in the order new fields are written. */
final class PresetSchemas {

    private PresetSchemas() {}

    static Schema astroPaper(Optional<String> author) {
        List<Field> fields = new ArrayList<>();
        fields.add(required("title", FieldType.STRING));
        // AstroPaper defaults author to SITE.author, which only the site config can tell us.
        fields.add(author.map(a -> optional("author", FieldType.STRING).withDefault(YamlText.scalar(a)))
                .orElse(optional("author", FieldType.STRING)));
        fields.add(required("pubDatetime", FieldType.DATETIME));
        fields.add(optional("modDatetime", FieldType.DATETIME).asNullable());
        fields.add(optional("featured", FieldType.BOOLEAN));
        fields.add(optional("draft", FieldType.BOOLEAN));
        fields.add(optional("tags", FieldType.STRING_LIST).withDefault("[others]"));
        fields.add(optional("ogImage", FieldType.IMAGE));
        fields.add(required("description", FieldType.TEXT));
        fields.add(optional("canonicalURL", FieldType.URL));
        fields.add(optional("slug", FieldType.STRING));
        // v2–v4 sites named the slug field postSlug.
        fields.add(optional("postSlug", FieldType.STRING));
        fields.add(optional("hideEditPost", FieldType.BOOLEAN));
        fields.add(optional("timezone", FieldType.STRING));
        return new Schema(fields, false, "astropaper preset");
    }

    static Schema hugo() {
        return new Schema(
                List.of(
                        required("title", FieldType.STRING),
                        // Hugo builds a page without a date (an about page rarely has one): not required.
                        optional("date", FieldType.DATETIME),
                        optional("lastmod", FieldType.DATETIME),
                        optional("draft", FieldType.BOOLEAN),
                        optional("description", FieldType.TEXT),
                        optional("summary", FieldType.TEXT),
                        optional("tags", FieldType.STRING_LIST),
                        optional("categories", FieldType.STRING_LIST),
                        optional("slug", FieldType.STRING),
                        optional("url", FieldType.STRING),
                        optional("aliases", FieldType.STRING_LIST),
                        optional("images", FieldType.STRING_LIST),
                        optional("weight", FieldType.NUMBER),
                        optional("author", FieldType.STRING),
                        // Hugo's other predefined front matter fields (gohugo.io/content-management/front-matter/).
                        optional("publishDate", FieldType.DATETIME),
                        optional("expiryDate", FieldType.DATETIME),
                        optional("linkTitle", FieldType.STRING),
                        optional("keywords", FieldType.STRING_LIST),
                        optional("series", FieldType.STRING_LIST),
                        optional("type", FieldType.STRING),
                        optional("layout", FieldType.STRING),
                        optional("translationKey", FieldType.STRING),
                        optional("headless", FieldType.BOOLEAN),
                        optional("isCJKLanguage", FieldType.BOOLEAN),
                        optional("markup", FieldType.STRING),
                        // Maps or lists of maps, or a string or a list: taken as written.
                        optional("params", FieldType.UNKNOWN),
                        optional("menus", FieldType.UNKNOWN),
                        optional("menu", FieldType.UNKNOWN),
                        optional("build", FieldType.UNKNOWN),
                        optional("cascade", FieldType.UNKNOWN),
                        optional("outputs", FieldType.UNKNOWN),
                        optional("resources", FieldType.UNKNOWN),
                        optional("sitemap", FieldType.UNKNOWN)),
                false,
                "hugo preset");
    }

    static Schema jekyll() {
        return new Schema(
                List.of(
                        optional("layout", FieldType.STRING).withDefault("post"),
                        required("title", FieldType.STRING),
                        // The date usually comes from the file name; a field only refines it (time, zone).
                        optional("date", FieldType.DATETIME),
                        optional("categories", FieldType.STRING_LIST),
                        optional("tags", FieldType.STRING_LIST),
                        optional("description", FieldType.TEXT),
                        optional("excerpt", FieldType.TEXT),
                        optional("image", FieldType.IMAGE),
                        optional("author", FieldType.STRING),
                        optional("permalink", FieldType.STRING),
                        optional("slug", FieldType.STRING),
                        optional("published", FieldType.BOOLEAN),
                        optional("category", FieldType.STRING),
                        optional("excerpt_separator", FieldType.STRING),
                        // jekyll-last-modified-at and jekyll-seo-tag
                        optional("last_modified_at", FieldType.DATETIME),
                        optional("lang", FieldType.STRING),
                        // jekyll-redirect-from: a string or a list
                        optional("redirect_from", FieldType.UNKNOWN),
                        optional("redirect_to", FieldType.UNKNOWN),
                        // jekyll-sitemap: sitemap: false
                        optional("sitemap", FieldType.UNKNOWN)),
                false,
                "jekyll preset");
    }
}
