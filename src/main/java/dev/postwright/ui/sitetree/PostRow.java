package dev.postwright.ui.sitetree;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One post as the sidebar shows it.
 *
 * @param sortTime publication instant for sorting ({@code Instant.MIN} when the date is missing)
 * @param dateText the date as the sidebar prints it
 * @param url the post's URL; empty when no route of the site publishes its collection
 * @param collection the collection the generator puts it in ({@code notes}); the sidebar groups by it when the
 *     site has more than one
 * @param collectionOrder where its collection's group goes (the site's declaration order), lower first
 * @param git the post's state in git ({@link GitMark#NONE} when clean or the site is not a git repository)
 */
public record PostRow(
        Path path,
        String title,
        Instant sortTime,
        String dateText,
        String url,
        String slug,
        List<String> tags,
        boolean draft,
        boolean featured,
        boolean scheduled,
        int errors,
        int warnings,
        String collection,
        int collectionOrder,
        GitMark git) {

    public PostRow {
        tags = List.copyOf(tags);
        git = git == null ? GitMark.NONE : git;
    }

    /** A row of a site with one collection, without a git state (a clean post, or a site outside git). */
    public PostRow(
            Path path,
            String title,
            Instant sortTime,
            String dateText,
            String url,
            String slug,
            List<String> tags,
            boolean draft,
            boolean featured,
            boolean scheduled,
            int errors,
            int warnings) {
        this(
                path, title, sortTime, dateText, url, slug, tags, draft, featured, scheduled, errors, warnings, "", 0,
                null);
    }

    /** True when the filter text appears in the title, slug, URL or a tag (case-insensitive). */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith("#")) {
            String tag = f.substring(1);
            return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tag));
        }
        return title.toLowerCase(Locale.ROOT).contains(f)
                || slug.toLowerCase(Locale.ROOT).contains(f)
                || url.toLowerCase(Locale.ROOT).contains(f)
                || tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(f));
    }

    public PostRow withCounts(int errors, int warnings) {
        return new PostRow(
                path,
                title,
                sortTime,
                dateText,
                url,
                slug,
                tags,
                draft,
                featured,
                scheduled,
                errors,
                warnings,
                collection,
                collectionOrder,
                git);
    }

    public PostRow withGit(GitMark mark) {
        return new PostRow(
                path,
                title,
                sortTime,
                dateText,
                url,
                slug,
                tags,
                draft,
                featured,
                scheduled,
                errors,
                warnings,
                collection,
                collectionOrder,
                mark);
    }

    /** This row in a collection's group of the sidebar. */
    public PostRow withCollection(String collection, int collectionOrder) {
        return new PostRow(
                path,
                title,
                sortTime,
                dateText,
                url,
                slug,
                tags,
                draft,
                featured,
                scheduled,
                errors,
                warnings,
                collection,
                collectionOrder,
                git);
    }
}
