package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.workspace.git.SyncResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push and pull over SSH against an in-process server on the loopback, with a host alias from an
 * {@code ~/.ssh/config} (a temp home stands in for the writer's) and the server's key in its known_hosts.
 */
class SshPushTest {

    @TempDir
    Path tmp;

    private SshSessionFactory previous;
    private SshdSessionFactory factory;

    @BeforeEach
    void rememberFactory() {
        previous = SshSessionFactory.getInstance();
    }

    @AfterEach
    void restoreFactory() {
        SshSessionFactory.setInstance(previous);
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void pushAndPullOverSshThroughAHostAliasOfTheSshConfig() throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init()
                .setBare(true)
                .setDirectory(bare.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        KeyPair writerKey = SshGitServer.ecKey();
        try (SshGitServer server = new SshGitServer(bare, writerKey.getPublic());
                GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path home = tmp.resolve("home");
            Path ssh = Files.createDirectories(home.resolve(".ssh"));
            Files.writeString(
                    ssh.resolve("config"),
                    "Host blog-remote\n  HostName 127.0.0.1\n  Port " + server.port() + "\n  User git\n");
            Files.writeString(
                    ssh.resolve("known_hosts"),
                    "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(server.hostKey.getPublic()) + "\n");
            factory = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(home.toFile())
                    .setSshDirectory(ssh.toFile())
                    .setDefaultKeysProvider(dir -> List.of(writerKey))
                    .build(null);
            SshSessionFactory.setInstance(factory);

            StoredConfig c = f.git.getRepository().getConfig();
            c.setString("remote", "origin", "url", "ssh://blog-remote" + bare.toAbsolutePath());
            c.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            c.save();
            f.write("posts/a.md", "---\ntitle: Over SSH\n---\n\nSent through the tunnel.\n");
            ObjectId head = f.commitAll("post: Over SSH").getId();
            GitRepo repo = GitRepo.open(f.dir).orElseThrow();

            SyncResult pushed = repo.pushSettingUpstream("origin");
            assertEquals(Outcome.DONE, pushed.outcome(), pushed.message());
            try (Git remote = Git.open(bare.toFile())) {
                assertEquals(head, remote.getRepository().resolve("refs/heads/main"));
            }
            SyncResult pulled = repo.pullFastForward();
            assertEquals(Outcome.UP_TO_DATE, pulled.outcome(), pulled.message());
        }
    }

    @Test
    void aKeyTheServerDoesNotKnowIsAnAuthenticationFailure() throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init()
                .setBare(true)
                .setDirectory(bare.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        KeyPair writerKey = SshGitServer.ecKey();
        KeyPair strangerKey = SshGitServer.ecKey();
        try (SshGitServer server = new SshGitServer(bare, writerKey.getPublic());
                GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path ssh = Files.createDirectories(tmp.resolve("home/.ssh"));
            Files.writeString(
                    ssh.resolve("known_hosts"),
                    "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(server.hostKey.getPublic()) + "\n");
            factory = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(tmp.resolve("home").toFile())
                    .setSshDirectory(ssh.toFile())
                    .setDefaultKeysProvider(dir -> List.of(strangerKey))
                    .build(null);
            SshSessionFactory.setInstance(factory);
            StoredConfig c = f.git.getRepository().getConfig();
            c.setString("remote", "origin", "url", "ssh://git@127.0.0.1:" + server.port() + bare.toAbsolutePath());
            c.save();
            f.write("posts/a.md", "---\ntitle: Refused\n---\n");
            f.commitAll("post: Refused");

            SyncResult r = GitRepo.open(f.dir).orElseThrow().pushSettingUpstream("origin");
            assertEquals(Outcome.AUTH_FAILED, r.outcome(), r.message());
            assertTrue(r.message().contains("SSH"), r.message());
        }
    }
}
