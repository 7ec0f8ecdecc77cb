package dev.postwright.workspace.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real repository in a temp folder, made and changed with JGit, for the git tests. */
final class GitFixture implements AutoCloseable {

    final Path dir;
    final Git git;

    private GitFixture(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    /** A new repository on branch {@code main} with a test author in its own config. */
    static GitFixture init(Path dir) throws GitAPIException, IOException {
        Files.createDirectories(dir);
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Ada Writer");
        config.setString("user", null, "email", "ada@example.org");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
        return new GitFixture(dir, git);
    }

    /** A bare repository to serve as the remote, and this one's {@code origin} pointing at it. */
    Path addBareOrigin(Path bareDir) throws GitAPIException, IOException {
        Git.init()
                .setBare(true)
                .setDirectory(bareDir.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", "origin", "url", bareDir.toUri().toString());
        config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
        config.save();
        return bareDir;
    }

    /** Makes {@code origin/<branch>} the upstream of the local branch. */
    void track(String branch) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("branch", branch, "remote", "origin");
        config.setString("branch", branch, "merge", "refs/heads/" + branch);
        config.save();
    }

    Path write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    void add(String repoPath) throws GitAPIException {
        git.add().addFilepattern(repoPath).call();
    }

    RevCommit commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
