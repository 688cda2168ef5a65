package org.inclusim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The one home of inclusim's durable-file idioms. A file written with {@link #write} is either
 * its old self or completely the new one after any crash, kill or power loss: the bytes go to a
 * hidden temporary file beside it ({@code .NAME.tmp-RANDOM}), are forced to stable storage, and
 * the temporary file is renamed over the target, whose folder entry is forced too. {@link #move}
 * renames the same way, {@link #force} flushes a file that is written in place (an append-only
 * log, a segment of rows). Temporary files left by an interrupted write are removed by
 * {@link #removeTemporaries} by the owner of the folder.
 */
public final class Durable {
    private static final String TEMPORARY = ".tmp-";

    private Durable() {
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a text file (UTF-8) completely or not at all. */
    public static void writeString(Path file, String content) throws IOException {
        write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a text file (UTF-8) from a writer, completely or not at all; for content too large for one string. */
    public static void writeText(Path file, TextContent content) throws IOException {
        write(file, out -> {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Something that writes a text file's content. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a file completely or not at all (see the class comment). */
    public static void write(Path file, Content content) throws IOException {
        Path temporary = temporaryFor(file);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A fresh hidden name beside {@code file} for its temporary copy. */
    public static Path temporaryFor(Path file) {
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        return file.resolveSibling("." + file.getFileName() + TEMPORARY + random);
    }

    /**
     * Renames {@code from} to {@code to}, replacing a file there, atomically where the file system
     * allows (a plain move otherwise), and forces the folder entry.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(to.toAbsolutePath().getParent());
    }

    /**
     * Renames a folder to a name that must not exist yet (or be an empty folder, which it
     * replaces), atomically where the file system allows, and forces the parent's entry.
     */
    public static void moveFolder(Path from, Path to) throws IOException {
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(to);
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
        forceFolder(to.toAbsolutePath().getParent());
    }

    /** Forces a file's content (and size) to stable storage. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (creations, renames, deletions) to stable storage. Some file
     * systems cannot open a folder for this; there it is left to the file system.
     */
    public static void forceFolder(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!Files.isDirectory(dir)) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
            // the folder exists but cannot be synced this way (not supported here): nothing more to do
        }
    }

    /** Forces every file under a folder, and the folders themselves, to stable storage. */
    public static void forceTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    force(p);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    forceFolder(p);
                }
            }
        }
    }

    /** True for the name of a temporary file of {@link #write}. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.contains(TEMPORARY);
    }

    /** Removes the temporary files an interrupted {@link #write} left in a folder; only its owner may call this. */
    public static void removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Durable::isTemporary)) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Deletes a folder and everything under it (symbolic links themselves, never their targets); nothing if absent. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
