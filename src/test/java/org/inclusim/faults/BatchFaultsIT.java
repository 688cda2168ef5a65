package org.inclusim.faults;

import static org.inclusim.faults.Faults.assertSameTables;
import static org.inclusim.faults.Faults.files;
import static org.inclusim.faults.Faults.inclusim;
import static org.inclusim.faults.Faults.leftovers;
import static org.inclusim.faults.Faults.run;
import static org.inclusim.faults.Faults.start;
import static org.inclusim.faults.Faults.strace;
import static org.inclusim.faults.Faults.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch process killed (SIGKILL, injected by strace at a chosen system call) during its final
 * cleanup, while it renames its tables into place, or while it writes its lock or identity file
 * leaves a folder that the next call finishes to exactly the tables of an uninterrupted batch;
 * two batches started together on one folder never both run it, even with the lock file's system
 * calls slowed down; a resume with other code is refused; a run's rows reach the disk before its
 * index line does.
 */
class BatchFaultsIT {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path clean;

    static String[] batch(Path out) {
        return batch(out, 40, 2);
    }

    static String[] batch(Path out, int replications, int threads) {
        return new String[] {"batch", "scenarios/baseline.yaml", "--replications", Integer.toString(replications), "--threads",
            Integer.toString(threads), "--no-report", "--quiet", "--out", out.toString()};
    }

    @BeforeAll
    static void cleanBatch() throws Exception {
        clean = shared.resolve("clean");
        Faults.Exit e = run(inclusim(batch(clean)));
        assertEquals(0, e.code(), e.err());
    }

    /** Runs a folder counts as finished (the parts index of this layout, or one folder per run in the old one). */
    static long finishedRuns(Path dir) throws IOException {
        Path index = dir.resolve("parts/index.log");
        if (Files.isRegularFile(index)) {
            try (Stream<String> lines = Files.lines(index)) {
                return lines.filter(l -> l.startsWith("D ")).map(l -> l.split(" ")[1]).distinct().count();
            }
        }
        if (!Files.isDirectory(dir.resolve("parts"))) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir.resolve("parts"))) {
            return list.filter(p -> p.getFileName().toString().startsWith("run-") && Files.isDirectory(p)).count();
        }
    }

    private static void assertFinishedLikeTheCleanBatch(Path dir) throws IOException {
        assertSameTables(clean, dir);
        assertFalse(Files.exists(dir.resolve("parts")), "parts removed");
        assertFalse(Files.exists(dir.resolve("batch.lock")), "no lock file left");
        assertEquals(List.of(), leftovers(dir), "no temporary files left");
    }

    @Test
    void aKillDuringTheFinalCleanupIsFinishedByTheNextCall() throws Exception {
        Faults.assumeStrace();
        Path dir = tmp.resolve("b");
        Path parts = dir.resolve("parts");
        Faults.Running running = start(strace(inclusim(batch(dir)), "-e", "trace=unlink,rmdir", "-e",
                "inject=unlink,rmdir:delay_enter=250000"));
        assertTrue(waitFor(running, () -> Files.exists(dir.resolve("weekly.csv")) && files(parts) > 0), "tables assembled");
        long before = files(parts);
        assertTrue(waitFor(running, () -> files(parts) < before), "the cleanup has begun");
        running.killJava();
        assertTrue(Files.isDirectory(parts), "killed half-way through deleting the parts");
        Faults.Exit again = run(inclusim(batch(dir)));
        assertEquals(0, again.code(), again.err());
        assertFinishedLikeTheCleanBatch(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"runs.csv", "weekly.csv", "mentors.csv", "manifest.json"})
    void aKillRightAfterAFinishedFileIsRenamedIntoPlaceIsRepaired(String file) throws Exception {
        Faults.assumeStrace();
        Path dir = tmp.resolve("b");
        Faults.Running running = start(strace(inclusim(batch(dir)), "-e", "trace=rename", "-e", "inject=rename:delay_exit=300000"));
        assertTrue(waitFor(running, () -> Files.exists(dir.resolve(file))), file + " renamed into place");
        running.killJava();
        assertEquals(137, running.await().code(), "killed while paused after the rename");
        Faults.Exit again = run(inclusim(batch(dir)));
        assertEquals(0, again.code(), again.err());
        assertFinishedLikeTheCleanBatch(dir);
    }

    /**
     * SIGKILL at the first write into the file. The lock file is written in place (it is the
     * operating system's lock that counts, released by the kill); the identity is never written in
     * place (only renamed into place, complete), so that kill never comes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"batch.lock", "batch.properties"})
    void aKillWhileTheLockOrIdentityIsWrittenLeavesAFolderThatResumes(String file) throws Exception {
        Faults.assumeStrace();
        Path dir = tmp.resolve("b");
        Faults.Exit first = run(strace(inclusim(batch(dir)), "-e", "trace=write,pwrite64,writev,ftruncate", "-P",
                dir.resolve(file).toString(), "-e", "inject=write,pwrite64,writev:signal=KILL:when=1+"));
        assertTrue(first.code() == 137 || first.code() == 0 && file.equals("batch.properties"), file + ": " + first);
        Faults.Exit again = run(inclusim(batch(dir)));
        assertEquals(0, again.code(), "the folder is not blocked: " + again.err());
        assertFinishedLikeTheCleanBatch(dir);
    }

    @Test
    void twoBatchesStartedTogetherOnAFolderWithAStaleLockNeverBothRunIt() throws Exception {
        Faults.assumeStrace();
        Path dir = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(dir.resolve("batch.lock"), "999999999 " + java.net.InetAddress.getLocalHost().getHostName());
        String lock = dir.resolve("batch.lock").toString();
        String[] slow = {"-e", "trace=openat,fcntl,write,pwrite64,unlink", "-P", lock, "-e", "inject=openat,fcntl:delay_enter=700000"};
        Faults.Running first = start(strace(inclusim(batch(dir, 300, 2)), slow));
        Faults.Running second = start(strace(inclusim(batch(dir, 300, 2)), slow));
        Faults.Exit a = first.await();
        Faults.Exit b = second.await();
        List<Faults.Exit> refused = Stream.of(a, b).filter(e -> e.code() != 0).toList();
        assertEquals(1, refused.size(), "exactly one of them ran the batch: " + a + " / " + b);
        assertTrue(refused.get(0).userError(1) && refused.get(0).err().contains("is being written by another batch (pid "),
                refused.get(0).err());
        Path reference = tmp.resolve("reference");
        assertEquals(0, run(inclusim(batch(reference, 300, 2))).code());
        assertSameTables(reference, dir);
    }

    @Test
    void aResumeWithOtherCodeIsRefusedSayingSo() throws Exception {
        Path a = Files.copy(Faults.JAR, tmp.resolve("a.jar"));
        Path b = Files.copy(Faults.JAR, tmp.resolve("b.jar"));
        Path extra = Files.writeString(tmp.resolve("note.txt"), "another build");
        Process update = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "uf", b.toString(),
                "-C", tmp.toString(), extra.getFileName().toString()).inheritIO().start();
        assertEquals(0, update.waitFor(), "jar uf");
        Path dir = tmp.resolve("b");
        List<String> withA = withJar(inclusim(batch(dir, 3000, 1)), a);
        Faults.Running running = start(withA);
        assertTrue(waitFor(running, () -> finishedRuns(dir) >= 20), "some runs finished");
        running.killJava();
        Faults.Exit other = run(withJar(inclusim(batch(dir, 3000, 1)), b));
        assertTrue(other.userError(1) && other.err().contains("it was started by other code (jar sha256 "), other.err());
        Faults.Exit same = run(withA);
        assertEquals(0, same.code(), same.err());
    }

    private static List<String> withJar(List<String> command, Path jar) {
        List<String> out = new ArrayList<>(command);
        out.set(out.indexOf(Faults.JAR.toString()), jar.toString());
        return out;
    }

    private static final Pattern CALL = Pattern.compile("^\\d+ +(\\w+)\\(\\d+<([^>]+)>(?:, \"([^\"]*))?");

    @Test
    void aRunsRowsReachTheDiskBeforeItsIndexLineDoes() throws Exception {
        Faults.assumeStrace();
        Path dir = tmp.resolve("b");
        Path trace = tmp.resolve("trace.txt");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "--seccomp-bpf", "-y", "-s", "64", "-o", trace.toString(),
                "-e", "trace=write,writev,pwrite64,fsync,fdatasync"));
        command.addAll(inclusim(batch(dir)));
        assertEquals(0, run(command).code());
        Set<String> dirty = new HashSet<>();
        Set<String> forced = new HashSet<>();
        int indexLines = 0;
        for (String line : Files.readAllLines(trace)) {
            Matcher m = CALL.matcher(line);
            if (!m.find() || !m.group(2).startsWith(dir.resolve("parts").toString())) {
                continue;
            }
            String file = Path.of(m.group(2)).getFileName().toString();
            String call = m.group(1);
            if (call.startsWith("f")) {
                dirty.remove(file);
                forced.add(file);
            } else if (file.equals("index.log")) {
                Matcher run = Pattern.compile("D \\d+ (seg-\\d+\\.rows)").matcher(m.group(3) == null ? "" : m.group(3));
                while (run.find()) {
                    indexLines++;
                    assertFalse(dirty.contains(run.group(1)), "an index line was written before the rows it names were forced: " + line);
                }
            } else {
                dirty.add(file);
            }
        }
        assertTrue(indexLines > 0 && forced.stream().anyMatch(f -> f.startsWith("seg-")), "rows were forced to disk before counting: "
                + forced);
    }
}
