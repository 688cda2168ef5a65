package org.inclusim.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.Durable;

/**
 * Writes the four tables of a batch from its runs' parts, in plan order, under one header each.
 * The bytes depend only on the parts and the order, never on threads, shards or interruptions.
 * Each table is written beside its final name, forced to stable storage and renamed into place.
 */
final class TableAssembler {
    private TableAssembler() {
    }

    /**
     * @param parts the runs' parts, in plan order (checked by {@link Parts#verify} beforehand)
     * @return each table's size in bytes, by file name
     */
    static Map<String, Long> assemble(List<Parts.Part> parts, List<String> variedPaths, Path out) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Parts.PartReader reader = new Parts.PartReader()) {
            for (int t = 0; t < RunTables.TABLES.size(); t++) {
                String table = RunTables.TABLES.get(t);
                Path staging = Durable.temporaryFor(out.resolve(table));
                try {
                    try (FileChannel sink = FileChannel.open(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        byte[] header = (CsvFormat.line(RunTables.header(table, variedPaths)) + "\n").getBytes(StandardCharsets.UTF_8);
                        write(sink, ByteBuffer.wrap(header));
                        for (Parts.Part part : parts) {
                            copy(reader.channel(part), part.offsetOf(t), part.lengths()[t], sink);
                        }
                        sink.force(true);
                        sizes.put(table, sink.size());
                    }
                    Durable.move(staging, out.resolve(table));
                } finally {
                    Files.deleteIfExists(staging);
                }
            }
        }
        return sizes;
    }

    private static void copy(FileChannel from, long position, long count, FileChannel to) throws IOException {
        long done = 0;
        while (done < count) {
            long n = from.transferTo(position + done, count - done, to);
            if (n <= 0) {
                throw new IOException("a part ended early while it was copied");
            }
            done += n;
        }
    }

    private static void write(FileChannel sink, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            sink.write(bytes);
        }
    }
}
