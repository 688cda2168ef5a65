package org.inclusim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void theTargetAppearsOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("out");
        OutputFolder folder = OutputFolder.prepare(target);
        folder.writeString("a.txt", "hello");
        assertFalse(Files.exists(target), "nothing at the target before commit");
        folder.commit();
        assertEquals("hello", Files.readString(target.resolve("a.txt")));
        assertEquals(1, entries(tmp), "no staging folder left behind");
    }

    @Test
    void discardLeavesNothingBehind() throws IOException {
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"));
        folder.writeString("a.txt", "partial");
        folder.discard();
        assertEquals(0, entries(tmp));
    }

    @Test
    void anExistingNonEmptyFolderIsRefused() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(target.resolve("keep.txt"), "precious");
        OutputException e = assertThrows(OutputException.class, () -> OutputFolder.prepare(target));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("precious", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void anEmptyExistingFolderIsReplaced() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("out"));
        OutputFolder folder = OutputFolder.prepare(target);
        folder.writeString("a.txt", "x");
        folder.commit();
        assertTrue(Files.exists(target.resolve("a.txt")));
    }

    @Test
    void anUnwritableParentGivesAClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        OutputException e = assertThrows(OutputException.class, () -> OutputFolder.prepare(file.resolve("out")));
        assertTrue(e.getMessage().contains("cannot create"), e.getMessage());
    }

    @Test
    void aCommitThatCannotMoveKeepsTheCompleteResultsWhereItSays() throws IOException {
        Path target = tmp.resolve("out");
        OutputFolder folder = OutputFolder.prepare(target);
        folder.writeString("a.txt", "complete");
        Files.createDirectories(target);
        Files.writeString(target.resolve("other.txt"), "someone else's");
        OutputException e = assertThrows(OutputException.class, folder::commit);
        assertTrue(e.getMessage().contains("the complete results are in " + folder.staging()), e.getMessage());
        folder.discard();
        assertEquals("complete", Files.readString(folder.staging().resolve("a.txt")), "kept, as the message says");
        assertEquals("someone else's", Files.readString(target.resolve("other.txt")));
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
