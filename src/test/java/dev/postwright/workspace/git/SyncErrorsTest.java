package dev.postwright.workspace.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.workspace.git.SyncResult.Outcome;
import java.net.UnknownHostException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** How JGit's failures read to the writer (the transport ones are tested for real in SyncTest and SshPushTest). */
class SyncErrorsTest {

    private static final String URL = "https://git.example.org/ada/site.git";

    @Test
    void anUnknownHostIsOffline() {
        TransportException e = new TransportException(
                URL + ": cannot open git-upload-pack", new UnknownHostException("git.example.org"));
        SyncResult r = SyncErrors.of("fetch", "origin", URL, e);
        assertEquals(Outcome.OFFLINE, r.outcome());
        assertTrue(r.message().startsWith("Could not reach origin"), r.message());
    }

    @Test
    void aMissingRepositoryIsNamedWithItsAddress() throws Exception {
        TransportException e =
                new TransportException("x", new NoRemoteRepositoryException(new URIish(URL), "repository not found"));
        SyncResult r = SyncErrors.of("push", "origin", URL, e);
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.message().contains("no repository at " + URL), r.message());
    }

    @Test
    void anythingElseKeepsJGitsWordsWithoutClassNames() {
        IllegalStateException e =
                new IllegalStateException("org.eclipse.jgit.errors.PackProtocolException: the pack is truncated\nmore");
        SyncResult r = SyncErrors.of("pull", "origin", URL, e);
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals("Could not pull with origin: the pack is truncated.", r.message());
        assertFalse(r.message().contains("Exception"), r.message());
    }
}
