package org.inclusim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.inclusim.io.AppendLog;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.CsvReader;
import org.inclusim.io.Durable;
import org.inclusim.io.IoErrors;
import org.inclusim.io.LockFile;
import org.inclusim.io.OutputException;

/**
 * A folder of expensive evaluations that a search resumes from (a calibration; the same
 * guarantees as a batch folder):
 * <ul>
 * <li>{@code KIND.lock}: held by the process working in the folder ({@link LockFile}); a second
 * one is refused in one line;</li>
 * <li>{@code KIND.properties}: what the evaluations depend on, written atomically; a rerun must
 * match it, or is refused saying what changed;</li>
 * <li>a CSV log of evaluations ({@link AppendLog}): one row per evaluation, forced to disk as it is
 * appended; a damaged tail (a half-written last row from a kill or a full disk, or a row that
 * does not parse) is cut on open, and those evaluations are simply done again.</li>
 * </ul>
 */
final class EvaluationFolder implements Closeable {
    private final LockFile lock;
    private final AppendLog log;
    private final List<List<String>> rows;
    private final String damage;

    private EvaluationFolder(LockFile lock, AppendLog log, List<List<String>> rows, String damage) {
        this.lock = lock;
        this.log = log;
        this.rows = rows;
        this.damage = damage;
    }

    /**
     * Opens (or creates) the folder: takes its lock, checks or writes its identity, and reads and
     * repairs its log.
     *
     * @param kind   names the lock, identity file and messages, e.g. {@code calibration}
     * @param intact the check every row of the log must pass (cells of the right count and form)
     */
    static EvaluationFolder open(Path dir, String kind, Properties identity, String logName, List<String> header,
                                 Predicate<List<String>> intact) throws IOException {
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(kind + ".lock");
        LockFile lock = LockFile.tryAcquire(lockFile).orElseThrow(() -> new OutputException(dir + " is being written by another "
                + kind + " (" + LockFile.holder(lockFile) + "); wait for it to finish, or use another --out"));
        try {
            Durable.removeTemporaries(dir);
            claim(dir, kind, identity);
            String headerLine = CsvFormat.line(header);
            AppendLog.Scan scan = AppendLog.read(dir.resolve(logName), line -> line.equals(headerLine) || parses(line, intact));
            if (!scan.lines().isEmpty() && !scan.lines().get(0).equals(headerLine)) {
                throw new OutputException(dir.resolve(logName) + " belongs to another " + kind
                        + " (different parameters or targets); use another --out");
            }
            AppendLog log = scan.openForAppend();
            if (scan.lines().isEmpty()) {
                log.append(headerLine);
                log.sync();
            }
            List<List<String>> rows = new ArrayList<>();
            scan.lines().stream().skip(1).forEach(line -> rows.add(CsvReader.cells(line)));
            return new EvaluationFolder(lock, log, rows, scan.damaged() ? scan.damage() : null);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static boolean parses(String line, Predicate<List<String>> intact) {
        try {
            return intact.test(CsvReader.cells(line));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void claim(Path dir, String kind, Properties identity) throws IOException {
        Path file = dir.resolve(kind + ".properties");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) > 0) {
            String difference = BatchIdentity.difference(BatchFolder.read(file), identity);
            if (difference != null) {
                throw new OutputException(dir + " holds another " + kind + ": " + difference + ". Its evaluations cannot be reused;"
                        + " use another --out (or delete " + dir + " to start again)");
            }
            return;
        }
        StringWriter text = new StringWriter();
        identity.store(text, "inclusim " + kind + ": what its evaluations depend on");
        Durable.writeString(file, text.toString());
    }

    /** The intact rows of the log (without its header), in the order they were appended. */
    List<List<String>> rows() {
        return rows;
    }

    /** What was cut from a damaged log on open, or null. */
    String damage() {
        return damage;
    }

    /** Appends a row and forces it to disk: it counts once this returns. */
    void append(List<?> cells) {
        try {
            log.append(CsvFormat.line(cells));
            log.sync();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(log.file() + ": cannot append (" + IoErrors.describe(e) + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            log.close();
        } finally {
            lock.close();
        }
    }
}
