package dev.postwright.workspace.git;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * The commit author: {@code user.name}/{@code user.email} from the repository's config, else from the user's
 * ({@code ~/.gitconfig}); stored in the repository's own config when the writer gives it. Unlike JGit's
 * defaults, never made up from the login name and host: a missing identity is asked for.
 */
final class Identities {

    private final Repository repo;
    private final Supplier<Config> userConfig;

    Identities(Repository repo, Supplier<Config> userConfig) {
        this.repo = repo;
        this.userConfig = userConfig;
    }

    /** The user's global git config as JGit finds it (empty when unreadable). */
    static Config systemUserConfig() {
        try {
            return SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException e) {
            return new Config();
        }
    }

    Optional<GitIdentity> read() {
        Config local = localConfig();
        Config user = userConfig.get();
        String name = first(local, user, "name");
        String email = first(local, user, "email");
        GitIdentity id = new GitIdentity(name, email);
        return id.complete() ? Optional.of(id) : Optional.empty();
    }

    void store(GitIdentity identity) {
        if (!identity.complete()) {
            throw new GitException("Give both a name and an email for your commits.");
        }
        FileBasedConfig local = new FileBasedConfig(null, new File(repo.getDirectory(), "config"), FS.DETECTED);
        try {
            local.load();
        } catch (IOException | ConfigInvalidException e) {
            throw new GitException(
                    "Could not read " + local.getFile() + " to add your name and email: " + e.getMessage()
                            + ". Fix or remove the broken line there.",
                    e);
        }
        local.setString("user", null, "name", identity.name());
        local.setString("user", null, "email", identity.email());
        try {
            local.save();
        } catch (IOException e) {
            throw new GitException(
                    "Could not save your name and email in " + local.getFile() + ": " + e.getMessage(), e);
        }
    }

    private FileBasedConfig localConfig() {
        // The repository's own file only: its base (the user's config) is read separately, so tests can stand in
        // for it and a stored identity lands in the repository, not in the writer's home.
        FileBasedConfig local = new FileBasedConfig(null, new File(repo.getDirectory(), "config"), FS.DETECTED);
        try {
            local.load();
        } catch (IOException | ConfigInvalidException e) {
            // unreadable: no identity from it; store() reports the error instead of saving over the file
        }
        return local;
    }

    private static String first(Config local, Config user, String key) {
        String v = local.getString("user", null, key);
        if (v == null || v.isBlank()) {
            v = user.getString("user", null, key);
        }
        return v == null ? "" : v;
    }
}
