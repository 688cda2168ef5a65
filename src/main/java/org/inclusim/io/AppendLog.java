package org.inclusim.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An append-only log of text lines that any interruption leaves readable: after a kill, a full
 * disk or a power loss, each line is complete or absent. Reading ({@link #read}) keeps the lines
 * up to the first damaged one: a last line without its line end (an interrupted or disk-full
 * write) or a line the caller's check refuses (a torn or tampered record). Opening for appends
 * ({@link Scan#openForAppend}) cuts the damaged rest off first, so a new line never joins a torn
 * one; what was cut is said by {@link Scan#damage()}, and the caller redoes that work.
 * {@link #sync} forces appended lines to stable storage: a line counts once it returns.
 */
public final class AppendLog implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final StringBuilder pending = new StringBuilder();
    /** Set when a write failed part-way: the file may end in a torn line, so nothing more is appended. */
    private boolean broken;

    private AppendLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** What a log holds: its intact lines, where they end, and what is damaged after them. */
    public record Scan(Path file, List<String> lines, long intactBytes, long totalBytes, int damagedLine) {
        /** True if something after the intact lines is damaged (and will be cut). */
        public boolean damaged() {
            return intactBytes < totalBytes;
        }

        /** What is damaged, for a note: e.g. {@code evaluations.csv: line 17 on is damaged (an interrupted write?); it is redone}. */
        public String damage() {
            return file + ": " + (totalBytes - intactBytes) + " byte(s) from line " + damagedLine
                    + " on are incomplete or damaged (an interrupted write?) and are cut off; that work is redone";
        }

        /** Cuts the damaged rest off (forced to disk) and opens the log for appends. */
        public AppendLog openForAppend() throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            try {
                if (channel.size() > intactBytes) {
                    channel.truncate(intactBytes);
                    channel.force(true);
                }
                channel.position(intactBytes);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            Durable.forceFolder(file.toAbsolutePath().getParent());
            return new AppendLog(file, channel);
        }
    }

    /**
     * Reads a log (an absent file is an empty log) without changing it.
     *
     * @param intact the check every complete line must pass (e.g. its checksum); the first line
     *               that fails it, and everything after, counts as damaged
     */
    public static Scan read(Path file, Predicate<String> intact) throws IOException {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file) || Files.exists(file) && !Files.isRegularFile(file)) {
                throw new IOException(file + " is not a regular file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Scan(file, List.of(), 0, 0, 1);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            if (end < 0) {
                break;
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!intact.test(line)) {
                break;
            }
            lines.add(line);
            start = end + 1;
        }
        return new Scan(file, List.copyOf(lines), start, bytes.length, lines.size() + 1);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    public Path file() {
        return file;
    }

    /** Adds a line (without its line end; it must not contain one); written by {@link #sync}. */
    public synchronized void append(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a log line cannot contain a line break");
        }
        pending.append(line).append('\n');
    }

    /** Writes the added lines and forces them to stable storage. */
    public synchronized void sync() throws IOException {
        if (broken) {
            throw new IOException(file + ": an earlier write failed; reopen the log to repair it");
        }
        if (pending.length() == 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(pending.toString().getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        pending.setLength(0);
    }

    /** Syncs and closes. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (!broken) {
                sync();
            }
        } finally {
            channel.close();
        }
    }
}
