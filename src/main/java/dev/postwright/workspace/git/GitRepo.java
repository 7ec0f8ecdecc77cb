package dev.postwright.workspace.git;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.render.MarkdownEngine;
import dev.postwright.site.Site;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.validation.PostAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository that holds a site, for the window and the command line. Every method reads or writes the
 * repository on the calling thread: call it off the UI thread. Only {@link #fetch()}, {@link #push()} and
 * {@link #pullFastForward()} touch the network. Methods that fail throw {@link GitException} with a message for
 * the writer.
 */
public final class GitRepo implements AutoCloseable {

    private final Repository repo;
    private final SitePaths paths;
    private final Supplier<Config> userConfig;
    private MarkdownEngine engine;
    private PostAnalyzer analyzer;

    private GitRepo(Repository repo, SitePaths paths, Supplier<Config> userConfig) {
        this.repo = repo;
        this.paths = paths;
        this.userConfig = userConfig;
    }

    /**
     * The repository containing {@code siteRoot} (the site may be a folder inside it), or empty when there is
     * none: then every git feature is absent.
     */
    public static Optional<GitRepo> open(Path siteRoot) {
        return open(siteRoot, Identities::systemUserConfig);
    }

    /** As {@link #open(Path)}, with the user's git config given (tests stand in for {@code ~/.gitconfig}). */
    static Optional<GitRepo> open(Path siteRoot, Supplier<Config> userConfig) {
        Path start = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start == null) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                return Optional.empty();
            }
            return Optional.of(new GitRepo(repo, SitePaths.of(repo.getWorkTree().toPath(), start), userConfig));
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable .git is treated as no repository: the site still opens, without git features.
            return Optional.empty();
        }
    }

    /** The repository's work tree (its top folder). */
    public Path workTree() {
        return paths.workTree();
    }

    /** The site root this repository was opened for (real path). */
    public Path siteRoot() {
        return paths.siteRoot();
    }

    /** The branch, upstream, ahead/behind (from the last fetch) and every changed file of the site. */
    public GitStatus status() {
        try {
            return new GitStatusReader(repo, paths).read();
        } catch (IOException e) {
            throw new GitException("Could not read the git status of " + workTree() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The post against the last commit: front matter field by field, body hunks, and its referenced images that
     * are new or changed.
     */
    public PostDiff diff(Site site, Path post) {
        try {
            String now = Files.exists(post) ? Files.readString(post, StandardCharsets.UTF_8) : "";
            return diff(site, post, now);
        } catch (IOException e) {
            throw new GitException(
                    "Could not read " + post + " to compare it with the last commit: " + e.getMessage(), e);
        }
    }

    /** As {@link #diff(Site, Path)}, with the post's text as the editor has it (unsaved edits included). */
    public PostDiff diff(Site site, Path post, String currentText) {
        Path abs = post.toAbsolutePath().normalize();
        try {
            PostDiff d = new PostDiffer(repo, paths)
                    .diff(abs, currentText, text -> FrontmatterDocument.parse(text, site.dialect()));
            PostAnalysis analysis = analyzer(site).analyze(abs, currentText);
            List<PostDiff.ImageChange> images =
                    new PostImages(repo, paths).changed(PostImages.referenced(site, analysis));
            return new PostDiff(d.post(), d.newFile(), d.fields(), d.hunks(), images);
        } catch (IOException e) {
            throw new GitException(
                    "Could not compare " + abs.getFileName() + " with the last commit: " + e.getMessage(), e);
        }
    }

    private synchronized PostAnalyzer analyzer(Site site) {
        // the markdown pipeline is built once per repository; the analyzer follows the site it is given
        if (engine == null) {
            engine = new MarkdownEngine();
        }
        if (analyzer == null || analyzer.site() != site) {
            analyzer = new PostAnalyzer(site, engine);
        }
        return analyzer;
    }

    /** The author from the repository's config, else the user's; empty when either part is missing. */
    public Optional<GitIdentity> identity() {
        return new Identities(repo, userConfig).read();
    }

    /** Stores the author in the repository's own config (asked once, then remembered). */
    public void storeIdentity(GitIdentity identity) {
        new Identities(repo, userConfig).store(identity);
    }

    /** Commits exactly the request's files (nothing else that happens to be staged). */
    public CommitResult commit(CommitRequest request) {
        return new Committer(repo, paths).commit(request);
    }

    /** Fetches the branch's upstream remote (network). */
    public SyncResult fetch() {
        return syncer().fetch();
    }

    /** Pushes the current branch to its upstream; never forced. */
    public SyncResult push() {
        return syncer().push();
    }

    /**
     * Pushes the current branch to a branch of the same name on {@code remote} and makes that its upstream: the
     * answer to {@link SyncResult.Outcome#NO_UPSTREAM}.
     */
    public SyncResult pushSettingUpstream(String remote) {
        return syncer().pushSettingUpstream(remote);
    }

    /** Fetches and fast-forwards the current branch to its upstream; never merges or rebases. */
    public SyncResult pullFastForward() {
        return syncer().pullFastForward();
    }

    /**
     * Absolute paths of the site's files that differ from {@code ref} (default: the upstream branch, else HEAD),
     * including uncommitted and untracked changes; deleted files are left out. Committed changes are counted from
     * where the branch left {@code ref} (their merge base), as a pull request shows them.
     */
    public Set<Path> changedFiles(Optional<String> ref) {
        try {
            return new ChangedFiles(repo, paths).since(ref);
        } catch (IOException e) {
            throw new GitException("Could not compare with git in " + workTree() + ": " + e.getMessage(), e);
        }
    }

    /** The ref {@link #changedFiles} compares with when none is given: the upstream branch, else {@code HEAD}. */
    public String defaultChangedRef() {
        try {
            return Repository.shortenRefName(new ChangedFiles(repo, paths).defaultRef());
        } catch (IOException e) {
            throw new GitException("Could not read the git branch in " + workTree() + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code name} is a branch, tag or commit of this repository. */
    public boolean hasRef(String name) {
        try {
            return repo.resolve(name + "^{commit}") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Syncer syncer() {
        return new Syncer(repo, Credentials.forRepo(workTree()));
    }

    @Override
    public void close() {
        repo.close();
    }
}
