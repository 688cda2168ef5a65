package org.inclusim.experiment;

import java.io.Closeable;
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
 * Each table is written beside its final name ({@link Durable#temporaryFor}); a batch appends runs
 * while later runs are still computed (so that little is left to copy at the end), and
 * {@link #finish} forces the tables to stable storage and renames them into place. Closed
 * unfinished, it deletes what it wrote.
 */
final class TableAssembler implements Closeable {
    private final Path out;
    private final Path[] staging = new Path[RunTables.TABLES.size()];
    private final FileChannel[] sinks = new FileChannel[RunTables.TABLES.size()];
    private final PartReader reader = new PartReader();
    /** Bytes appended since the tables were last forced to disk; forced every {@link #FORCE_BYTES}. */
    private long unforced;
    private static final long FORCE_BYTES = 32L << 20;
    private boolean finished;

    TableAssembler(Path out, List<String> variedPaths, boolean draws) throws IOException {
        this.out = out;
        try {
            for (int t = 0; t < sinks.length; t++) {
                String table = RunTables.TABLES.get(t);
                staging[t] = Durable.temporaryFor(out.resolve(table));
                sinks[t] = FileChannel.open(staging[t], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                byte[] header = (CsvFormat.line(RunTables.header(table, variedPaths, draws)) + "\n").getBytes(StandardCharsets.UTF_8);
                ByteBuffer bytes = ByteBuffer.wrap(header);
                while (bytes.hasRemaining()) {
                    sinks[t].write(bytes);
                }
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Writes the tables from parts that are all known at once (a merge). */
    static Map<String, Long> assemble(List<Parts.Part> parts, List<String> variedPaths, boolean draws, Path out) throws IOException {
        try (TableAssembler tables = new TableAssembler(out, variedPaths, draws)) {
            for (Parts.Part part : parts) {
                tables.append(part);
            }
            return tables.finish();
        }
    }

    /** Appends a run's rows to every table; runs must come in plan order. */
    void append(Parts.Part part) throws IOException {
        FileChannel from = reader.channel(part);
        for (int t = 0; t < sinks.length; t++) {
            long position = part.offsetOf(t);
            long count = part.lengths()[t];
            for (long done = 0; done < count; ) {
                long n = from.transferTo(position + done, count - done, sinks[t]);
                if (n <= 0) {
                    throw new IOException(part.segment() + " ended early while run " + part.runId() + " was copied");
                }
                done += n;
            }
            unforced += count;
        }
        if (unforced >= FORCE_BYTES) { // spread the writing to disk over the batch instead of all at the end
            for (FileChannel sink : sinks) {
                sink.force(false);
            }
            unforced = 0;
        }
    }

    /** Forces the tables to stable storage and renames them into place; returns each table's size in bytes. */
    Map<String, Long> finish() throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (int t = 0; t < sinks.length; t++) {
            sinks[t].force(true);
            sizes.put(RunTables.TABLES.get(t), sinks[t].size());
            sinks[t].close();
        }
        for (int t = 0; t < sinks.length; t++) {
            Durable.move(staging[t], out.resolve(RunTables.TABLES.get(t)));
        }
        finished = true;
        return sizes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        for (int t = 0; t < sinks.length; t++) {
            if (sinks[t] != null) {
                sinks[t].close();
            }
            if (!finished && staging[t] != null) {
                Files.deleteIfExists(staging[t]);
            }
        }
    }
}
