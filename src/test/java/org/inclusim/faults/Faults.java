package org.inclusim.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The tools of the fault-injection suite, all real: the packaged jar run as a separate process;
 * strace (https://strace.io) to kill it with SIGKILL at a chosen system call or to slow chosen
 * system calls down; a small tmpfs to fill the disk. What a machine cannot offer (no strace, no
 * permission to trace, not root) skips the test with the reason.
 */
final class Faults {
    static final Path JAR = Path.of("target/inclusim.jar").toAbsolutePath();

    private Faults() {
    }

    /** What a finished process printed and returned. */
    record Exit(int code, String out, String err) {
        /** Exit 2 with one "error: " line (or {@code lines} of them) and no stack trace. */
        boolean userError(int lines) {
            return code == 2 && err.lines().count() == lines && err.lines().allMatch(l -> l.startsWith("error: "))
                    && !err.contains("\tat ");
        }
    }

    /** {@code java [jvm options] -jar target/inclusim.jar ARGS}. */
    static List<String> inclusim(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-XX:-UsePerfData"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    static List<String> inclusim(String... args) {
        return inclusim(List.of(), args);
    }

    /**
     * The command under strace, which follows its threads and applies {@code options}, such as
     * {@code -e trace=write -P FILE -e inject=write:signal=KILL:when=1+} (a SIGKILL at the first
     * write into FILE) or {@code -e trace=unlink -e inject=unlink:delay_enter=200000} (every unlink
     * 0.2 s slower). Without a path filter only the traced system calls stop the process
     * (seccomp-bpf); with one (-P), strace 6.1 injects reliably only without seccomp-bpf.
     */
    static List<String> strace(List<String> command, String... options) {
        List<String> traced = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", "/dev/null"));
        if (!List.of(options).contains("-P")) {
            traced.add(3, "--seccomp-bpf");
        }
        traced.addAll(List.of(options));
        traced.addAll(command);
        return traced;
    }

    /** Skips the test unless strace can trace a process here. */
    static void assumeStrace() {
        boolean works;
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "--seccomp-bpf", "-o", "/dev/null", "-e", "trace=unlink", "true")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            works = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            works = false;
        }
        assumeTrue(works, "strace is not installed or may not trace processes here (it injects the faults: "
                + "apt-get install strace; .ci/run does)");
    }

    /** Starts a process; its output is collected in the background. */
    static Running start(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        return new Running(p, out, err);
    }

    /** Runs a process to its end (at most five minutes). */
    static Exit run(List<String> command) throws IOException, InterruptedException {
        return start(command).await();
    }

    /** A started process. */
    record Running(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
        Exit await() throws InterruptedException {
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the process ended within five minutes");
            return new Exit(process.exitValue(), out.join(), err.join());
        }

        /** Kills the Java process itself with SIGKILL (not strace, which would let it go on). */
        void killJava() throws IOException, InterruptedException {
            ProcessHandle java = process.toHandle();
            Optional<ProcessHandle> child = java.descendants().filter(h -> h.info().command().orElse("").endsWith("java"))
                    .findFirst();
            long pid = child.map(ProcessHandle::pid).orElse(java.pid());
            new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits (at most a minute) until the condition holds or the process ends; true if it holds. */
    static boolean waitFor(Running running, IoCondition condition) throws IOException, InterruptedException {
        return waitFor(running, condition, TimeUnit.MINUTES.toMillis(1));
    }

    /** As {@link #waitFor(Running, IoCondition)}, waiting at most {@code millis}. */
    static boolean waitFor(Running running, IoCondition condition, long millis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            if (!running.process().isAlive()) {
                return condition.holds();
            }
            Thread.sleep(5);
        }
        return false;
    }

    @FunctionalInterface
    interface IoCondition {
        boolean holds() throws IOException;
    }

    /** Regular files under a folder (0 if it does not exist). */
    static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** Hidden temporary or staging entries left in a folder. */
    static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && (n.contains(".tmp") || n.contains("partial")))
                    .toList();
        }
    }

    static final List<String> TABLES = List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv");

    static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(table)), Files.readAllBytes(actual.resolve(table)), table);
        }
    }

    /**
     * A small calibration in {@code dir/scenarios}: one parameter fitted to one target over
     * {@code weeks} weeks, with a caseload, replications and budget as given; returns its targets file.
     */
    static Path toyCalibration(Path dir, int weeks, int caseload, int replications, int budget) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("small.yaml"), "name: small\nhorizon_weeks: " + weeks + "\nparameters:\n"
                + "  users.initialCaseload: " + caseload + "\n");
        return Files.writeString(scenarios.resolve("toy.yaml"), String.join("\n", "name: toy", "scenario: small.yaml", "seed: 3",
                "replications: " + replications, "budget: " + budget, "parameters:", "  placement.fitGrowthPerWeek: [0.01, 0.2]",
                "targets:", "  - {name: hires, horizon_weeks: " + weeks + ", outcome: ever_employed_share, observed: 0.3, tolerance: 0.05}",
                ""));
    }

    /** True when this process may mount file systems (root); tests that fill a tmpfs need it. */
    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Mounts a tmpfs of {@code size} (e.g. {@code 3m}) at a fresh folder; skips the test when that is not possible. */
    static Path tmpfs(Path at, String size) throws IOException, InterruptedException {
        assumeTrue(root(), "filling a disk needs a small tmpfs, which only root may mount; CI runs as root");
        Files.createDirectories(at);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()).redirectErrorStream(true).start();
        String out = read(p.getInputStream());
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here: " + out.strip());
        return at;
    }

    /** Changes the size of a tmpfs mounted by {@link #tmpfs}. */
    static void resize(Path at, String size) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-o", "remount,size=" + size, at.toString()).redirectErrorStream(true).start();
        String out = read(p.getInputStream());
        assertTrue(p.waitFor() == 0, "remount: " + out);
    }

    static void unmount(Path at) throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", at.toString()).redirectErrorStream(true).start().waitFor();
    }
}
