package org.inclusim.io;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock held by a live process: the operating system's lock on a file (POSIX
 * {@code fcntl}, through {@link FileChannel#tryLock}), which the kernel releases when the process
 * ends in any way (exit, crash, {@code kill -9}, a lost node for NFS). So there is never a stale
 * lock to take over: whoever asks next simply gets it, and of two processes that ask at the same
 * moment exactly one does. The file records who holds it ({@code pid P on host H since T}), for
 * the message of a process that is refused.
 *
 * <p>Two rules follow from POSIX locks. The lock file of a fixed name (a batch's
 * {@code batch.lock}) is never deleted, since deleting it would let a second process lock a new
 * file of the same name while the first still holds the old one. And the holding process must
 * never open the lock file a second time (closing any descriptor of the file would drop its
 * lock); so a second request from the same JVM is refused here without touching the file.
 *
 * <p>On a file system without locks (some cluster file systems), the lock falls back to
 * exclusive creation of {@code NAME.held}: complete when it appears, deleted on release; one left
 * by a killed process must then be deleted by hand, and the refusal says so.
 */
public final class LockFile implements Closeable {
    /** Lock files held by this JVM (absolute, normalized paths). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    /** The exclusively created marker on a file system without locks, else null. */
    private final Path held;
    private final boolean deleteOnRelease;
    private boolean released;

    private LockFile(Path file, FileChannel channel, FileLock lock, Path held, boolean deleteOnRelease) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.held = held;
        this.deleteOnRelease = deleteOnRelease;
    }

    /**
     * Takes the lock of a fixed-name lock file (never deleted), or returns empty if another
     * process, or this one, holds it.
     */
    public static Optional<LockFile> tryAcquire(Path file) throws IOException {
        return tryAcquire(file, false);
    }

    /**
     * Takes the lock; with {@code deleteOnRelease} the file is deleted on release, which is safe
     * only for a lock file whose name is never used again (it guards a uniquely named folder).
     */
    public static Optional<LockFile> tryAcquire(Path file, boolean deleteOnRelease) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        try {
            LockFile acquired = acquire(key, deleteOnRelease);
            if (acquired == null) {
                HELD.remove(key);
            }
            return Optional.ofNullable(acquired);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static LockFile acquire(Path file, boolean deleteOnRelease) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        } catch (IOException unsupported) {
            channel.close();
            return acquireByCreation(file, deleteOnRelease);
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        try {
            ByteBuffer holder = ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8));
            channel.truncate(0);
            while (holder.hasRemaining()) {
                channel.write(holder, holder.position());
            }
            channel.force(true);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new LockFile(file, channel, lock, null, deleteOnRelease);
    }

    /** The fallback for file systems without locks: exclusive creation of a complete marker file. */
    static LockFile acquireByCreation(Path file, boolean deleteOnRelease) throws IOException {
        Path held = heldMarker(file);
        Path temporary = Durable.temporaryFor(held);
        Files.writeString(temporary, holderText(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        try {
            Files.createLink(held, temporary);
        } catch (FileAlreadyExistsException e) {
            return null;
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(held, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            try {
                Files.move(temporary, held);
            } catch (FileAlreadyExistsException e) {
                return null;
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new LockFile(file, null, null, held, deleteOnRelease);
    }

    static Path heldMarker(Path file) {
        return file.resolveSibling(file.getFileName() + ".held");
    }

    /**
     * Who holds a lock, for a message: {@code pid P on host H since T}, or "another process" when
     * that cannot be read. Never call this from the process that holds the lock.
     */
    public static String holder(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (HELD.contains(key)) {
            return "this process (pid " + ProcessHandle.current().pid() + ")";
        }
        Path marker = heldMarker(file);
        try {
            String text = Files.exists(marker, LinkOption.NOFOLLOW_LINKS) ? Files.readString(marker) : Files.readString(file);
            text = text.strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    /** True if the lock is held on a file system without locks (by its marker file). */
    public static boolean heldByMarker(Path file) {
        return Files.exists(heldMarker(file), LinkOption.NOFOLLOW_LINKS);
    }

    private static String holderText() {
        return "pid " + ProcessHandle.current().pid() + " on host " + host() + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    /** This machine's name, or "unknown". */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    public Path file() {
        return file;
    }

    /** Releases the lock (and deletes the file if asked to); a second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (held != null) {
                Files.deleteIfExists(held);
                if (deleteOnRelease) {
                    Files.deleteIfExists(file);
                }
            } else {
                if (deleteOnRelease) {
                    Files.deleteIfExists(file);
                }
                lock.release();
                channel.close();
            }
        } finally {
            HELD.remove(file);
        }
    }
}
