package org.inclusim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.inclusim.io.AppendLog;
import org.inclusim.io.Durable;

/**
 * The finished runs of a batch folder, kept in {@code parts/} until the tables are assembled:
 * <ul>
 * <li>{@code seg-NNNNNN.rows}: segments, each appended to by one worker of one process: run
 * after run, its rows of runs.csv, weekly.csv, events.csv and mentors.csv, one table after the
 * other, without headers. A segment is never reopened: a resumed batch starts new ones.</li>
 * <li>{@code index.log}: one line per finished run (where its rows are, the bytes and lines of
 * each table and a CRC-32 of them) or failed run (its error), each line ending with its own
 * CRC-32 (see {@link AppendLog}). The last line of a run wins.</li>
 * </ul>
 * A run counts as finished only once its rows have been forced to stable storage and after them
 * its index line: a worker does both every second or so (a group commit), so a kill or a power
 * loss costs at most the runs of the last second, which a resumed batch redoes. {@link #verify}
 * checks finished runs against their lines (a regular file, long enough, the same CRC-32, whole
 * lines in the stated numbers) before they are assembled; a damaged run is redone.
 */
final class Parts implements Closeable {
    static final String INDEX = "index.log";
    private static final Pattern SEGMENT = Pattern.compile("seg-(\\d{6,9})\\.rows");
    /** A worker commits its finished runs at least this often. */
    static final long COMMIT_NANOS = 1_000_000_000L;

    /** Where one finished run's rows are. */
    record Part(int runId, Path segment, long offset, int[] lengths, int[] lines, long crc) {
        long length() {
            long sum = 0;
            for (int l : lengths) {
                sum += l;
            }
            return sum;
        }

        /** Where a table's rows start in the segment. */
        long offsetOf(int table) {
            long at = offset;
            for (int t = 0; t < table; t++) {
                at += lengths[t];
            }
            return at;
        }
    }

    private final Path dir;
    private final AppendLog index;
    private final Map<Integer, Part> done = new ConcurrentHashMap<>();
    private final Map<Integer, String> failed = new ConcurrentHashMap<>();
    private final AtomicInteger nextSegment;
    private final List<SegmentWriter> writers = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<SegmentWriter> writer = new ThreadLocal<>();
    private final String damage;

    private Parts(Path dir, AppendLog index, List<String> lines, int lastSegment, String damage) {
        this.dir = dir;
        this.index = index;
        this.nextSegment = new AtomicInteger(lastSegment + 1);
        this.damage = damage;
        for (String line : lines) {
            parse(line);
        }
    }

    /** Opens a batch's parts for writing (the caller holds the batch lock); a damaged index tail is cut. */
    static Parts open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Durable.removeTemporaries(dir);
        AppendLog.Scan scan = AppendLog.read(dir.resolve(INDEX), Parts::intact);
        AppendLog log = scan.openForAppend();
        return new Parts(dir, log, scan.lines(), lastSegment(dir), scan.damaged() ? scan.damage() : null);
    }

    /** Reads another folder's parts without changing them (a shard being merged). */
    static Parts read(Path dir) throws IOException {
        AppendLog.Scan scan = AppendLog.read(dir.resolve(INDEX), Parts::intact);
        return new Parts(dir, null, scan.lines(), 0, null);
    }

    /** What was cut from a damaged index on open, or null. */
    String damage() {
        return damage;
    }

    boolean done(int runId) {
        return done.containsKey(runId);
    }

    Optional<Part> part(int runId) {
        return Optional.ofNullable(done.get(runId));
    }

    /** The error recorded for a run that failed and has not finished since. */
    Optional<String> failure(int runId) {
        return Optional.ofNullable(failed.get(runId));
    }

    /**
     * Checks the finished runs among {@code runs} against their index lines; a damaged one no
     * longer counts as finished. Returns the damaged runs with what is wrong, by run id.
     */
    Map<Integer, String> verify(Collection<Integer> runIds) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (int runId : runIds) {
            part(runId).ifPresent(parts::add);
        }
        parts.sort(Comparator.comparing((Part p) -> p.segment().getFileName().toString()).thenComparingLong(Part::offset));
        Map<Integer, String> damaged = new LinkedHashMap<>();
        try (PartReader reader = new PartReader()) {
            for (Part p : parts) {
                String problem = reader.check(p);
                if (problem != null) {
                    damaged.put(p.runId(), problem);
                    done.remove(p.runId());
                }
            }
        }
        return damaged;
    }

    /**
     * Appends a finished run's rows (this thread's segment); it counts as finished after the next
     * commit.
     *
     * @param lines the line ends in each table's bytes
     */
    void add(int runId, byte[][] tables, int[] lines) throws IOException {
        SegmentWriter w = writer.get();
        if (w == null) {
            w = new SegmentWriter(dir.resolve(String.format(Locale.ROOT, "seg-%06d.rows", nextSegment.getAndIncrement())));
            writer.set(w);
            writers.add(w);
        }
        w.add(runId, tables, lines);
    }

    /** Records a run's error durably; it is retried by the next batch on the folder. */
    void fail(int runId, String error) throws IOException {
        index.append(signed("F " + runId + " " + URLEncoder.encode(error, StandardCharsets.UTF_8)));
        index.sync();
        failed.put(runId, error);
    }

    /** Commits every worker's finished runs (after the workers have stopped). */
    void commit() throws IOException {
        synchronized (writers) {
            for (SegmentWriter w : writers) {
                w.commit();
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        synchronized (writers) {
            for (SegmentWriter w : writers) {
                try {
                    w.channel.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static int lastSegment(Path dir) throws IOException {
        int last = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                var m = SEGMENT.matcher(p.getFileName().toString());
                if (m.matches()) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        return last;
    }

    /** One worker's segment: appends runs, and commits them (rows forced, then index lines). */
    private final class SegmentWriter {
        private final Path file;
        private final FileChannel channel;
        private final List<Part> pending = new ArrayList<>();
        private long size;
        private long lastCommit = System.nanoTime();

        SegmentWriter(Path file) throws IOException {
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            Durable.forceFolder(dir);
        }

        synchronized void add(int runId, byte[][] tables, int[] lines) throws IOException {
            CRC32 crc = new CRC32();
            int[] lengths = new int[tables.length];
            ByteBuffer[] buffers = new ByteBuffer[tables.length];
            long total = 0;
            for (int t = 0; t < tables.length; t++) {
                crc.update(tables[t]);
                lengths[t] = tables[t].length;
                buffers[t] = ByteBuffer.wrap(tables[t]);
                total += lengths[t];
            }
            long written = 0;
            while (written < total) {
                written += channel.write(buffers);
            }
            pending.add(new Part(runId, file, size, lengths, lines.clone(), crc.getValue()));
            size += total;
            if (System.nanoTime() - lastCommit >= COMMIT_NANOS) {
                commit();
            }
        }

        synchronized void commit() throws IOException {
            if (pending.isEmpty()) {
                return;
            }
            channel.force(false);
            for (Part p : pending) {
                index.append(line(p));
            }
            index.sync();
            for (Part p : pending) {
                done.put(p.runId(), p);
                failed.remove(p.runId());
            }
            pending.clear();
            lastCommit = System.nanoTime();
        }
    }

    private static String line(Part p) {
        StringBuilder sb = new StringBuilder(96).append("D ").append(p.runId()).append(' ').append(p.segment().getFileName())
                .append(' ').append(p.offset());
        for (int l : p.lengths()) {
            sb.append(' ').append(l);
        }
        for (int l : p.lines()) {
            sb.append(' ').append(l);
        }
        sb.append(' ').append(Long.toHexString(p.crc()));
        return signed(sb.toString());
    }

    /** A line followed by the CRC-32 of its text, so a torn or altered line is recognised. */
    private static String signed(String text) {
        return text + " " + Long.toHexString(crc(text));
    }

    private static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    static boolean intact(String line) {
        int cut = line.lastIndexOf(' ');
        if (cut < 0) {
            return false;
        }
        String text = line.substring(0, cut);
        try {
            return Long.parseUnsignedLong(line.substring(cut + 1), 16) == crc(text) && wellFormed(text);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean wellFormed(String text) {
        String[] f = text.split(" ");
        return f.length == 3 && f[0].equals("F") && f[1].matches("\\d{1,9}")
                || f.length == 13 && f[0].equals("D") && f[1].matches("\\d{1,9}") && SEGMENT.matcher(f[2]).matches()
                && java.util.Arrays.stream(f, 3, 12).allMatch(s -> s.matches("\\d{1,18}")) && f[12].matches("[0-9a-f]{1,8}")
                && java.util.Arrays.stream(f, 4, 12).allMatch(s -> Long.parseLong(s) <= Integer.MAX_VALUE);
    }

    private void parse(String line) {
        String[] f = line.substring(0, line.lastIndexOf(' ')).split(" ");
        int runId = Integer.parseInt(f[1]);
        if (f[0].equals("F")) {
            done.remove(runId);
            failed.put(runId, URLDecoder.decode(f[2], StandardCharsets.UTF_8));
            return;
        }
        int[] lengths = new int[4];
        int[] lines = new int[4];
        for (int t = 0; t < 4; t++) {
            lengths[t] = Integer.parseInt(f[4 + t]);
            lines[t] = Integer.parseInt(f[8 + t]);
        }
        done.put(runId, new Part(runId, dir.resolve(f[2]), Long.parseLong(f[3]), lengths, lines, Long.parseLong(f[12], 16)));
        failed.remove(runId);
    }
}
