package dev.postwright.workspace.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Translates between the three ways a file is named here: absolute, relative to the site root (what the window
 * shows) and git's repository path ({@code blog/src/posts/a.md}, always with {@code /}).
 *
 * @param workTree the repository's work tree, real path
 * @param siteRoot the site root, real path, inside the work tree
 * @param sitePrefix the site root's repository path, empty when the site is the work tree
 */
record SitePaths(Path workTree, Path siteRoot, String sitePrefix) {

    static SitePaths of(Path workTree, Path siteRoot) {
        Path wt = real(workTree);
        Path site = real(siteRoot);
        String prefix = wt.equals(site) ? "" : slashes(wt.relativize(site));
        return new SitePaths(wt, site, prefix);
    }

    /** The site-relative path of a repository path, empty when it lies outside the site. */
    Optional<Path> toSiteRelative(String repoPath) {
        if (sitePrefix.isEmpty()) {
            return Optional.of(Path.of(repoPath));
        }
        if (repoPath.equals(sitePrefix)) {
            return Optional.of(Path.of(""));
        }
        if (!repoPath.startsWith(sitePrefix + "/")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(repoPath.substring(sitePrefix.length() + 1)));
    }

    /** The repository path of a file given as an absolute path (or one relative to the site root). */
    String toRepoPath(Path file) {
        Path abs = file.isAbsolute() ? file : siteRoot.resolve(file);
        Path r = real(abs);
        if (!r.startsWith(workTree)) {
            throw new GitException(file + " is outside the git repository at " + workTree + ".");
        }
        return slashes(workTree.relativize(r));
    }

    /** The absolute path of a repository path. */
    Path toAbsolute(String repoPath) {
        return workTree.resolve(repoPath);
    }

    /**
     * The real path (symbolic links resolved, as git sees the work tree); for a file that does not exist (a
     * deleted post), its nearest existing folder's real path with the rest appended.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private static String slashes(Path rel) {
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }
}
