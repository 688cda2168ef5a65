package org.inclusim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.inclusim.io.IoErrors;
import org.inclusim.io.OutputException;
import org.inclusim.io.OutputFolder;

/**
 * The on-disk state of a batch, which makes it resumable:
 * <ul>
 * <li>{@code batch.properties}: what the folder holds (scenario checksum, plan size,
 * replications, events, shard, varied parameters); a rerun must match it;</li>
 * <li>{@code batch.lock}: the pid and host of the process writing the folder;</li>
 * <li>{@code parts/run-NNNNNNN/}: the four tables' rows of one finished run, moved into place
 * atomically when the run has finished, so a crash never leaves half a run;
 * {@code parts/run-NNNNNNN.failed} holds the error of a run that threw.</li>
 * </ul>
 */
final class BatchFolder {
    static final String IDENTITY = "batch.properties";
    static final String LOCK = "batch.lock";
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

    Path part(int runId) {
        return parts().resolve(String.format("run-%07d", runId));
    }

    Path failure(int runId) {
        return parts().resolve(String.format("run-%07d.failed", runId));
    }

    boolean done(int runId) {
        return Files.isDirectory(part(runId));
    }

    /** Creates the folder (or checks that it holds this batch) and removes half-written parts. */
    void open(Properties identity) {
        try {
            Path file = dir.resolve(IDENTITY);
            boolean known = Files.exists(file);
            if (known) {
                Properties existing = read(file);
                if (!existing.equals(identity)) {
                    throw new OutputException(dir + " holds another batch (" + differences(existing, identity)
                            + "); use another --out, or the same scenario and options to resume");
                }
            }
            // only after the identity check: a refused call must not turn a finished batch back into an unfinished one
            Files.createDirectories(parts());
            if (!known) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    identity.store(out, "inclusim batch: what this folder holds");
                }
            }
            try (Stream<Path> leftovers = Files.list(parts())) {
                for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
                    OutputFolder.deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot prepare the batch folder (" + IoErrors.describe(e) + ")");
        }
    }

    /** Reads a folder's identity; a damaged file (a bad escape) is an I/O error naming it, not a crash. */
    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged (" + e.getMessage() + ")", e);
        }
        return p;
    }

    private static String differences(Properties a, Properties b) {
        for (String key : a.stringPropertyNames()) {
            if (!a.getProperty(key).equals(b.getProperty(key))) {
                return key + " is " + a.getProperty(key) + " there, " + b.getProperty(key) + " now";
            }
        }
        return "different contents";
    }

    /**
     * Takes the lock, or refuses if a live process holds it. A lock left by a process that is
     * gone (killed, crashed) on this host is taken over.
     */
    void lock() {
        Path lock = dir.resolve(LOCK);
        String me = ProcessHandle.current().pid() + " " + host();
        try {
            Files.writeString(lock, me, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            String holder = readQuietly(lock);
            if (!stale(holder)) {
                throw new OutputException(dir + " is being written by another batch (pid and host: " + holder
                        + "); wait for it, or delete " + lock + " if that process is gone");
            }
            try {
                Files.writeString(lock, me, StandardCharsets.UTF_8);
            } catch (IOException io) {
                throw new OutputException(lock + ": cannot take over a stale lock (" + IoErrors.describe(io) + ")");
            }
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot write a lock file here (" + IoErrors.describe(e) + ")");
        }
    }

    void unlock() {
        try {
            Files.deleteIfExists(dir.resolve(LOCK));
        } catch (IOException e) {
            // a leftover lock of a finished process is taken over by the next run
        }
    }

    private static boolean stale(String holder) {
        String[] parts = holder.trim().split(" ", 2);
        if (parts.length != 2 || !parts[1].equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            return process.isEmpty() || !process.get().isAlive();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** A staging folder for one run's part. */
    Path staging(int runId) throws IOException {
        return Files.createTempDirectory(parts(), ".tmp-" + runId + "-");
    }

    /** Moves a finished run's staging folder into place (atomically where possible). */
    void commit(int runId, Path staging) throws IOException {
        Files.deleteIfExists(failure(runId));
        try {
            Files.move(staging, part(runId), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, part(runId));
        }
    }

    void recordFailure(int runId, String error) {
        try {
            Files.writeString(failure(runId), error, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the failure of run " + runId, e);
        }
    }

    Optional<String> failureOf(int runId) {
        Path f = failure(runId);
        return Files.exists(f) ? Optional.of(readQuietly(f)) : Optional.empty();
    }

    /** Deletes the parts once the tables are assembled. */
    void dropParts() throws IOException {
        OutputFolder.deleteTree(parts());
    }

    static boolean isEmptyDir(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static List<String> lines(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}
