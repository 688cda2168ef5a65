package org.inclusim.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A results folder that appears complete or not at all: files are written into a hidden staging
 * folder beside the target ({@code .NAME.partial-*}, a {@link StagingFolder}), which is renamed to
 * the target only on {@link #commit()}. If the work fails, {@link #discard()} removes the staging
 * folder and the target never exists; so does a process stopped before the commit (Ctrl-C,
 * SIGTERM from a scheduler), through a shutdown hook. Staging folders left by processes that were
 * killed outright are removed by the next {@link #prepare} in the same parent folder.
 */
public final class OutputFolder {
    static final String PARTIAL = ".partial-";

    private final Path target;
    private final StagingFolder owned;
    private final Path staging;
    /** Committed, or kept after a failed commit: the staging folder is no longer to be deleted. */
    private boolean settled;
    private final Thread discardOnExit = new Thread(this::discard, "inclusim-discard-partial-output");

    private OutputFolder(Path target, StagingFolder owned) {
        this.target = target;
        this.owned = owned;
        this.staging = owned.path();
        Runtime.getRuntime().addShutdownHook(discardOnExit);
    }

    /**
     * Prepares a staging folder for {@code target}.
     *
     * @throws OutputException if the target exists and is not an empty folder, or the parent
     *                         cannot be created or written
     */
    public static OutputFolder prepare(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute) || !isEmpty(absolute)) {
                throw new OutputException(absolute + ": output folder already exists and is not empty; "
                        + "choose another --out or remove it");
            }
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            StagingFolder.removeStale(parent, name -> name.startsWith(".") && name.contains(PARTIAL));
            return new OutputFolder(absolute, StagingFolder.create(parent, "." + absolute.getFileName() + PARTIAL));
        } catch (IOException e) {
            throw new OutputException(parent + ": cannot create the output folder here (" + IoErrors.describe(e) + ")");
        }
    }

    /** Where to write files before the commit. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Writes a small text file into the staging folder. */
    public void writeString(String name, String content) throws IOException {
        Files.writeString(staging.resolve(name), content, StandardCharsets.UTF_8);
    }

    /**
     * Forces the staging folder's files to stable storage and renames it to the target,
     * atomically where the file system allows.
     */
    public synchronized void commit() {
        try {
            Durable.forceTree(staging);
            Durable.moveFolder(staging, target);
            settled = true;
            release();
            forgetHook();
        } catch (FileAlreadyExistsException e) {
            throw keep(target + ": output folder appeared while the run was writing");
        } catch (IOException e) {
            throw keep(target + ": cannot move results into place (" + IoErrors.describe(e) + ")");
        }
    }

    /** The results are complete but cannot be moved: they stay where the message says, discard or not. */
    private OutputException keep(String problem) {
        settled = true;
        forgetHook();
        release();
        return new OutputException(problem + "; the complete results are in " + staging);
    }

    /** Removes the staging folder and everything in it, unless committed or kept by a failed commit. */
    public synchronized void discard() {
        if (settled) {
            return;
        }
        try {
            owned.delete();
        } catch (IOException e) {
            // best effort: a staging folder left behind is removed by the next prepare here
        }
        if (Thread.currentThread() != discardOnExit) {
            forgetHook();
        }
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(discardOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs and finds nothing left to do
        }
    }

    private void release() {
        try {
            owned.close();
        } catch (IOException e) {
            // the operating system releases the lock when this process ends
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
