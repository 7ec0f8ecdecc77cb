package dev.postwright.workspace.git;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Where fetch, push and pull get credentials. HTTPS: git's credential helpers through {@code git credential}
 * when a {@code git} program is on the PATH; without one, none (the remote's refusal is reported with what to
 * set up). SSH: JGit's Apache MINA client, found by JGit itself, reads {@code ~/.ssh/config} and the keys in
 * {@code ~/.ssh}. One operation at a time: the helper used last is the one approved or rejected.
 */
final class Credentials {

    private final Optional<Path> git;
    private final Path workTree;
    private GitCredentialHelper last;

    Credentials(Optional<Path> git, Path workTree) {
        this.git = git;
        this.workTree = workTree;
    }

    static Credentials forRepo(Path workTree) {
        return new Credentials(GitCredentialHelper.findGit(), workTree);
    }

    /** The provider for one operation with this remote (null when there is none to offer). */
    CredentialsProvider forUrl(String url) {
        // Only HTTP(S): over SSH, JGit would ask the same provider for a key's passphrase or a password, which
        // git's credential helpers do not hold.
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        boolean http = u.startsWith("https://") || u.startsWith("http://");
        last = http ? git.map(g -> new GitCredentialHelper(g, workTree)).orElse(null) : null;
        return last;
    }

    void approve() {
        if (last != null) {
            last.approve();
        }
    }

    void reject() {
        if (last != null) {
            last.reject();
        }
    }
}
