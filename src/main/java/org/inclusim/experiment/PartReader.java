package org.inclusim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/** Reads parts back: checks them, and hands out their segments' channels for assembly. */
final class PartReader implements Closeable {
    private final Map<Path, FileChannel> channels = new HashMap<>();
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    /** The channel of a part's segment (opened once, never through a symbolic link). */
    FileChannel channel(Parts.Part p) throws IOException {
        FileChannel c = channels.get(p.segment());
        if (c == null) {
            if (!Files.isRegularFile(p.segment(), LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(p.segment() + " is missing or not a regular file");
            }
            c = FileChannel.open(p.segment(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            channels.put(p.segment(), c);
        }
        return c;
    }

    /** What is wrong with a part, or null if its rows are as its index line says. */
    String check(Parts.Part p) {
        try {
            FileChannel c = channel(p);
            long length = p.length();
            if (c.size() < p.offset() + length) {
                return p.segment().getFileName() + " is shorter than its index says (truncated?)";
            }
            if (length > Integer.MAX_VALUE - 8) {
                return "the run's rows are too long";
            }
            if (buffer.capacity() < length) {
                buffer = ByteBuffer.allocate((int) length);
            }
            buffer.clear().limit((int) length);
            while (buffer.hasRemaining()) {
                if (c.read(buffer, p.offset() + buffer.position()) < 0) {
                    return p.segment().getFileName() + " ended early";
                }
            }
            return compare(p, buffer.array());
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String compare(Parts.Part p, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, (int) p.length());
        if (crc.getValue() != p.crc()) {
            return "its rows in " + p.segment().getFileName() + " differ from what was written (checksum)";
        }
        int at = 0;
        for (int t = 0; t < p.lengths().length; t++) {
            int length = p.lengths()[t];
            if (lineEnds(bytes, at, at + length) != p.lines()[t] || length > 0 && bytes[at + length - 1] != '\n') {
                return RunTables.TABLES.get(t) + " rows are incomplete";
            }
            at += length;
        }
        return null;
    }

    static int lineEnds(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        for (FileChannel c : channels.values()) {
            c.close();
        }
        channels.clear();
    }
}
