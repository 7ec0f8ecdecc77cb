package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.postwright.workspace.git.SyncResult.Outcome;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS credentials through {@code git credential}: a helper script in the repository's config stands in for the
 * writer's keychain; the remote is an HTTP server on the loopback that refuses every request.
 */
class CredentialsTest {

    @TempDir
    Path tmp;

    private static final String POST = "---\ntitle: Sourdough starter\n---\n\nFlour and water.\n";

    /** A helper that answers {@code get} with ada/s3cret and logs every other action to {@code log}. */
    private static void useHelper(GitFixture f, Path log) throws Exception {
        StoredConfig c = f.git.getRepository().getConfig();
        c.setString(
                "credential",
                null,
                "helper",
                "!f() { if [ \"$1\" = get ]; then echo username=ada; echo password=s3cret; else echo \"$1\" >> '" + log
                        + "'; fi; }; f");
        c.save();
    }

    @Test
    void theHelperFillsUsernameAndPasswordAndIsToldTheyWorked() throws Exception {
        Path git = GitCredentialHelper.findGit().orElse(null);
        assumeTrue(git != null, "needs a git program on the PATH");
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path log = tmp.resolve("helper.log");
            useHelper(f, log);
            GitCredentialHelper helper = new GitCredentialHelper(git, f.dir);
            CredentialItem.Username user = new CredentialItem.Username();
            CredentialItem.Password password = new CredentialItem.Password();
            assertTrue(helper.get(new URIish("https://git.example.org/ada/site.git"), user, password));
            assertEquals("ada", user.getValue());
            assertArrayEquals("s3cret".toCharArray(), password.getValue());
            helper.approve();
            assertEquals(List.of("store"), Files.readAllLines(log));
            assertFalse(helper.supports(new CredentialItem.YesNoType("Accept the host key?")));
        }
    }

    @Test
    void onlyHttpRemotesAskGitsCredentialHelpers() {
        Credentials c = new Credentials(Optional.of(Path.of("/usr/bin/git")), tmp);
        assertTrue(c.forUrl("https://git.example.org/ada/site.git") instanceof GitCredentialHelper);
        assertEquals(null, c.forUrl("ssh://git@git.example.org/ada/site.git"));
        assertEquals(null, c.forUrl("git@git.example.org:ada/site.git"));
        assertEquals(null, c.forUrl(tmp.toUri().toString()));
        assertEquals(null, new Credentials(Optional.empty(), tmp).forUrl("https://git.example.org/a.git"));
    }

    @Test
    void refusedCredentialsAreAnAuthenticationFailureAndTheHelperForgetsThem() throws Exception {
        assumeTrue(GitCredentialHelper.findGit().isPresent(), "needs a git program on the PATH");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"site\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try (GitFixture f = GitFixture.init(tmp.resolve("site"))) {
            Path log = tmp.resolve("helper.log");
            useHelper(f, log);
            StoredConfig c = f.git.getRepository().getConfig();
            c.setString(
                    "remote",
                    "origin",
                    "url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/ada/site.git");
            c.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            c.save();
            f.track("main");
            f.write("posts/a.md", POST);
            f.commitAll("first");

            SyncResult r = GitRepo.open(f.dir).orElseThrow().push();
            assertEquals(Outcome.AUTH_FAILED, r.outcome(), r.message());
            assertTrue(r.message().contains("credential helper"), r.message());
            assertTrue(requests.get() >= 2, "asked again with the helper's credentials");
            assertTrue(Files.readAllLines(log).contains("erase"), "the refused credentials were rejected");
        } finally {
            server.stop(0);
        }
    }
}
