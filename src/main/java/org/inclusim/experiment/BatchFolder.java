package org.inclusim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.inclusim.io.Durable;
import org.inclusim.io.IoErrors;
import org.inclusim.io.LockFile;
import org.inclusim.io.OutputException;

/**
 * The on-disk state of a batch, which makes it resumable:
 * <ul>
 * <li>{@code batch.properties}: what the folder holds ({@link BatchIdentity}); a rerun must match
 * it. Written atomically, once.</li>
 * <li>{@code batch.lock}: the lock of the process writing the folder ({@link LockFile}), which
 * the operating system releases when that process ends in any way; it names the holder. Kept
 * while the folder may be resumed (never delete it by hand), removed when a batch has
 * finished.</li>
 * <li>{@code parts/}: the finished runs ({@link Parts}).</li>
 * <li>{@code batch.done}: written last and atomically, once the tables are assembled and the
 * manifest written: the size of each table. Only then are the parts of an unsharded batch
 * deleted, so a cleanup that is interrupted is simply finished by the next call.</li>
 * </ul>
 */
final class BatchFolder {
    static final String IDENTITY = "batch.properties";
    static final String LOCK = "batch.lock";
    static final String DONE = "batch.done";
    static final String PARTS = "parts";

    private final Path dir;

    BatchFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path parts() {
        return dir.resolve(PARTS);
    }

    /** Creates the folder, refusing a file or a non-empty folder that is not a batch folder. */
    void create() {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException(dir + " is a file, not a folder; choose another --out");
            }
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(IDENTITY)) && !Files.exists(dir.resolve(LOCK)) && !isEmptyDir(dir)) {
                throw new OutputException(dir + " exists and is not a batch folder; choose another --out");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot create the batch folder (" + IoErrors.describe(e) + ")");
        }
    }

    /** Takes the folder's lock, or refuses naming the process that holds it. */
    LockFile lock() {
        Path file = dir.resolve(LOCK);
        try {
            return LockFile.tryAcquire(file).orElseThrow(() -> new OutputException(dir + " is being written by another batch ("
                    + LockFile.holder(file) + "); wait for it to finish"
                    + (LockFile.heldByMarker(file) ? ", or delete " + file + ".held if that process is gone" : "")));
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot lock the folder (" + IoErrors.describe(e) + ")");
        }
    }

    /**
     * Checks that the folder holds this batch, or records that it does (atomically). Refuses
     * another batch, saying what differs and how to start afresh.
     */
    void claim(Properties identity) throws IOException {
        Path file = dir.resolve(IDENTITY);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) > 0) {
            Properties existing = read(file);
            String difference = BatchIdentity.difference(existing, identity);
            if (difference != null) {
                throw new OutputException(dir + " holds another batch: " + difference + ". Its finished runs cannot be reused;"
                        + " rerun with the same inputs to resume it, or start afresh with another --out (or delete " + dir + ")");
            }
            return;
        }
        StringWriter text = new StringWriter();
        identity.store(text, "inclusim batch: what this folder holds");
        Durable.writeString(file, text.toString());
    }

    /** The table sizes recorded when the batch finished, or null if it has not. */
    Map<String, Long> finished() throws IOException {
        Path file = dir.resolve(DONE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Properties p = read(file);
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        for (String table : RunTables.TABLES) {
            try {
                sizes.put(table, Long.parseLong(p.getProperty(table, "")));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return sizes;
    }

    /**
     * Refuses a finished batch whose tables no longer have the sizes they were written with
     * (changed or truncated afterwards): they cannot be reassembled once the parts are gone (a
     * shard, which keeps its parts, reassembles them instead).
     */
    void checkTables(Map<String, Long> sizes) throws IOException {
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            Path table = dir.resolve(e.getKey());
            long now = Files.isRegularFile(table, LinkOption.NOFOLLOW_LINKS) ? Files.size(table) : -1;
            if (now != e.getValue()) {
                throw new OutputException(table + (now < 0 ? " is missing" : " has " + now + " bytes")
                        + ", but the finished batch wrote " + e.getValue() + "; the tables were changed afterwards and their parts"
                        + " are gone: rerun the batch into a new folder");
            }
        }
    }

    /** True for a finished batch whose parts are gone: nothing in it will change again. */
    boolean finalized() {
        return Files.exists(dir.resolve(DONE), LinkOption.NOFOLLOW_LINKS) && !Files.exists(parts(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Marks the tables assembled (written last, atomically). */
    void markFinished(Map<String, Long> sizes) throws IOException {
        StringBuilder text = new StringBuilder("# inclusim batch: finished; the size of each table in bytes\n");
        sizes.forEach((table, size) -> text.append(table).append('=').append(size).append('\n'));
        Durable.writeString(dir.resolve(DONE), text.toString());
    }

    /** Withdraws the finished mark before a shard's runs are redone (its tables are then reassembled). */
    void unmarkFinished() throws IOException {
        Files.deleteIfExists(dir.resolve(DONE));
        Durable.forceFolder(dir);
    }

    /** Deletes the parts once the tables are assembled and the batch marked finished. */
    void dropParts() throws IOException {
        Durable.deleteTree(parts());
        Durable.forceFolder(dir);
    }

    /** Reads a properties file; a damaged one (a bad escape) is an I/O error naming it, not a crash. */
    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged (" + e.getMessage() + ")", e);
        }
        return p;
    }

    static boolean isEmptyDir(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    static List<String> lines(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}
