package dev.postwright.workspace.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postwright.post.recovery.Journal;
import dev.postwright.post.recovery.RecoveryOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void offersTheSitesJournaledPostsThatDifferFromTheDisk() throws Exception {
        Path site = tmp.resolve("site");
        Path other = tmp.resolve("other");
        Files.createDirectories(site);
        Files.createDirectories(other);
        Path a = Files.writeString(site.resolve("a.md"), "disk a\n");
        Path b = Files.writeString(site.resolve("b.md"), "saved b\n");
        Path c = Files.writeString(other.resolve("c.md"), "disk c\n");
        Journal journal = new Journal(tmp.resolve("data"));
        journal.record(a, "unsaved a\n", "disk a\n");
        journal.record(b, "saved b\n", "old b\n"); // saved since: nothing to offer
        journal.record(c, "unsaved c\n", "disk c\n"); // another site

        List<RecoveryOffer> offers = Recovery.offers(journal, site);
        assertEquals(List.of(a), offers.stream().map(o -> o.entry().file()).toList());
        assertTrue(offers.get(0).diff().contains("+unsaved a"), offers.get(0).diff());

        Recovery.forget(journal, a);
        assertTrue(Recovery.offers(journal, site).isEmpty());
        assertEquals(
                List.of(c, b),
                journal.pending().stream().map(e -> e.file()).sorted().toList(),
                "only the declined entry goes");
    }
}
