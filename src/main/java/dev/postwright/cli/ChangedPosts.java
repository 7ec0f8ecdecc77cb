package dev.postwright.cli;

import dev.postwright.site.Site;
import dev.postwright.workspace.git.GitException;
import dev.postwright.workspace.git.GitRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** {@code --changed [REF]} of {@code check} and {@code list}: which posts git sees changed since REF. */
final class ChangedPosts {

    static final String OPTION_HELP = "Only posts that differ from REF (default: the upstream branch, else HEAD),"
            + " committed since the branch left it, staged, edited or new; still checked against the whole site."
            + " Needs git.";

    /** The ref compared with (as the writer reads it) and the test for a post being among the changed. */
    record Scope(String ref, Predicate<Path> contains, int count) {}

    private ChangedPosts() {}

    /**
     * {@code --changed site/} parses the path as the option's REF: a value that names an existing file or folder
     * and no ref of the repository there is moved back to the paths, and the default ref is used.
     *
     * @return the REF to use ("" for the default)
     */
    static String splitPathFromRef(String ref, List<Path> paths) {
        if (ref == null || ref.isEmpty()) {
            return ref;
        }
        Path asPath = Path.of(ref);
        if (!Files.exists(asPath)) {
            return ref;
        }
        Optional<GitRepo> repo = GitRepo.open(asPath);
        boolean isRef = repo.map(r -> r.hasRef(ref)).orElse(false);
        repo.ifPresent(GitRepo::close);
        if (isRef) {
            return ref;
        }
        paths.add(0, asPath);
        return "";
    }

    /** The changed posts of the site, or empty after telling why on {@code err} (exit 2). */
    static Optional<Scope> find(String command, Site site, String ref, PrintWriter err) {
        Optional<GitRepo> opened = GitRepo.open(site.root());
        if (opened.isEmpty()) {
            err.println("postwright " + command + ": --changed compares with git, but the site at " + site.root()
                    + " is not in a git repository. Run without --changed to take every post, or run git init.");
            return Optional.empty();
        }
        try (GitRepo repo = opened.get()) {
            Optional<String> given = Optional.ofNullable(ref).filter(r -> !r.isBlank());
            String shown = given.orElseGet(repo::defaultChangedRef);
            Set<Path> files = new HashSet<>(repo.changedFiles(given));
            Predicate<Path> contains = p -> files.contains(real(p));
            long count = site.listPosts().stream().filter(contains).count();
            return Optional.of(new Scope(shown, contains, (int) count));
        } catch (GitException e) {
            err.println("postwright " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** git names files by their real path; the site may have been opened through a link. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
