package dev.postwright.workspace.create;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** {@code new} on a full disk says in words what happened and what to do (issue #18 item 13). */
class WriteFailureWordsTest {

    @Test
    void aFullDiskIsSaidInWords() {
        String why = PostCreator.whyNotWritten(new FileSystemException("/s/post.md", null, "No space left on device"));
        assertTrue(why.contains("disk is full") && why.contains("Free some space"), why);
        assertFalse(why.contains("No space left on device"), why);
    }

    @Test
    void otherFailuresSayWhatToDo() {
        assertTrue(PostCreator.whyNotWritten(new AccessDeniedException("/s")).contains("Make the folder writable"));
        assertTrue(PostCreator.whyNotWritten(new FileSystemException("/s", null, "Read-only file system"))
                .contains("read-only"));
        assertTrue(PostCreator.whyNotWritten(new FileSystemException("/s", null, "Something odd"))
                .endsWith("No post was created."));
    }
}
