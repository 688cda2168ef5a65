package org.inclusim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line in-process: exit codes, messages, and what is (not) written. */
class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result inclusim(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "batch", "report", "sensitivity", "merge", "slurm", "validate", "describe", "parameters", "bench", "gui"})
    void everyCommandHasHelp(String command) {
        Result r = inclusim(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: inclusim " + command), r.out());
    }

    @Test
    void aCalibrationReportsItsFitAtHoldoutSeedsInFitCsvAndTheProvenance() throws Exception {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("small.yaml"), "name: small\nhorizon_weeks: 52\nparameters:\n  users.initialCaseload: 40\n");
        Path targets = Files.writeString(scenarios.resolve("toy.yaml"), """
                name: toy
                scenario: small.yaml
                seed: 3
                replications: 2
                budget: 8
                parameters:
                  placement.fitGrowthPerWeek: [0.01, 0.2]
                targets:
                  - {name: ever employed, horizon_weeks: 52, outcome: ever_employed_share, observed: 0.3, tolerance: 0.05}
                  - {name: far check, use: check, horizon_weeks: 52, outcome: hires, observed: 1000, tolerance: 1}
                """);
        Path out = tmp.resolve("out");
        Result r = inclusim("calibrate", targets.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertTrue(fit.get(0).startsWith("target,use,variant,relative_to,outcome,observed,tolerance,simulated,ci_low,ci_high,within_tolerance,"
                + "holdout_simulated,holdout_ci_low,holdout_ci_high,holdout_within_tolerance,source"), fit.get(0));
        assertEquals(3, fit.size(), "a row per target");
        List<String> header = List.of(fit.get(0).split(","));
        for (String row : fit.subList(1, 3)) {
            List<String> cells = List.of(row.split(",", -1));
            double simulated = Double.parseDouble(cells.get(header.indexOf("simulated")));
            double holdout = Double.parseDouble(cells.get(header.indexOf("holdout_simulated")));
            assertTrue(Double.parseDouble(cells.get(header.indexOf("holdout_ci_low"))) <= holdout
                    && holdout <= Double.parseDouble(cells.get(header.indexOf("holdout_ci_high"))), row);
            assertTrue(holdout != simulated, "other seeds, other runs: " + row);
        }
        List<String> far = List.of(fit.get(2).split(",", -1));
        assertEquals("far check", far.get(0));
        assertEquals("false", far.get(header.indexOf("holdout_within_tolerance")), "the check misses at the holdout seeds too");
        String best = Files.readString(out.resolve("best.yaml"));
        assertTrue(best.contains("# at holdout seeds (seed " + org.inclusim.scenario.CalibrationSpec.holdoutSeed(3)
                + ", 8 replications, never used by the search): distance "), best);
        assertTrue(r.out().contains("at holdout seeds"), r.out());
    }

    @Test
    void theGuiRefusesBadInputWithOneLineAndExitTwoBeforeOpeningAWindow() {
        Result missing = inclusim("gui", tmp.resolve("missing.yaml").toString());
        assertEquals(2, missing.code(), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("error: ") && missing.err().contains("missing.yaml"), missing.err());
        Result variant = inclusim("gui", "scenarios/mentor-network.yaml", "--variant", "weekly");
        assertEquals(2, variant.code(), variant.err());
        assertEquals("error: --variant weekly: no such variant in scenarios/mentor-network.yaml; variants: baseline, monthly, fortnightly",
                variant.err().strip());
        Result same = inclusim("gui", "scenarios/mentor-network.yaml", "--variant", "monthly", "--side-by-side", "monthly");
        assertEquals(2, same.code(), same.err());
        assertTrue(same.err().startsWith("error: --side-by-side monthly: choose a variant other than monthly"), same.err());
        Result other = inclusim("gui", "scenarios/mentor-network.yaml", "--side-by-side", "yearly");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().startsWith("error: --side-by-side yearly: no such variant"), other.err());
    }

    @Test
    void theGuiSaysItNeedsADisplayWhenThereIsNone() {
        Result r = inclusim("gui", "scenarios/mentor-network.yaml", "--variant", "baseline", "--side-by-side", "monthly");
        assertEquals(2, r.code(), r.err());
        assertEquals("error: no graphical display: the GUI needs one (set DISPLAY, or run under Xvfb)", r.err().strip());
    }

    @Test
    void runWritesTheOutputContractAndASummary() {
        Path out = tmp.resolve("run");
        Result r = inclusim("run", "scenarios/baseline.yaml", "--out", out.toString(), "--weeks", "104", "--seed", "5");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("first-job retention"), r.out());
        assertTrue(r.out().contains("mentor pool"), r.out());
        assertTrue(r.out().contains("104 weeks"), r.out());
    }

    @Test
    void aBadScenarioGivesOneLinePerProblemExitTwoAndNoFolder() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nparameters:\n  placement:\n    plannedWeeks: 0\n  mentor:\n    x: 1\n");
        Path out = tmp.resolve("never");
        Result r = inclusim("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("error: " + bad + ":4:19: key 'parameters.placement.plannedWeeks': expected integer from 1 to 156"), lines.get(0));
        assertTrue(lines.get(1).contains("did you mean 'mentors'?"), lines.get(1));
        assertFalse(r.err().contains("Exception"), "no stack trace for a user error");
        assertEquals(0, entries(tmp) - 1, "nothing but the scenario file in the folder");
    }

    @Test
    void missingFilesAndBadOptionsExitTwo() {
        Result missing = inclusim("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.yaml: file not found"), missing.err());
        assertEquals(2, inclusim("run", "scenarios/baseline.yaml", "--weeks", "0").code());
        assertEquals(2, inclusim("run", "scenarios/baseline.yaml", "--weeks", "ten").code());
        assertEquals(2, inclusim("run", "scenarios/baseline.yaml", "--bogus").code());
    }

    @Test
    void aBadOptionValueIsOneLineWithWhereToLookNotTheWholeUsage() {
        Result r = inclusim("run", "scenarios/baseline.yaml", "--weeks", "ten");
        assertEquals(2, r.code());
        assertEquals(List.of("error: Invalid value for option '--weeks': 'ten' is not an int", "see: inclusim run --help"),
                r.err().lines().toList());
    }

    @Test
    void aMistypedCommandOrOptionGetsPicocliSuggestions() {
        Result r = inclusim("batc", "scenarios/baseline.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Did you mean: inclusim batch"), r.err());
        Result o = inclusim("run", "scenarios/baseline.yaml", "--seeds", "3");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--seed"), o.err());
    }

    @Test
    void slurmRefusesOptionsThatWouldBreakOrInjectIntoTheScripts() throws IOException {
        Path out = tmp.resolve("slurm-out");
        for (String[] bad : List.of(new String[] {"--mem", "4G\nrm -rf x"}, new String[] {"--mem", "lots"},
                new String[] {"--partition", "a b"}, new String[] {"--time", "99:99:99"}, new String[] {"--replications", "0"},
                new String[] {"--tasks", "100000"})) {
            List<String> args = new java.util.ArrayList<>(List.of("slurm", "scenarios/mentor-training.yaml", "--out", out.toString()));
            if (!bad[0].equals("--tasks")) {
                args.addAll(List.of("--tasks", "2"));
            }
            args.addAll(List.of(bad));
            Result r = inclusim(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: " + bad[0] + " "), r.err());
            assertFalse(Files.exists(out), "nothing written for " + String.join(" ", bad));
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Result r = inclusim("slurm", "scenarios/mentor-training.yaml", "--tasks", "2", "--out", file.toString());
        assertEquals(2, r.code());
        assertEquals(List.of("error: " + file.resolve("slurm") + ": not a folder"), r.err().lines().toList());
        assertTrue(org.inclusim.experiment.SlurmScript.validMemory("0") && org.inclusim.experiment.SlurmScript.validMemory("512M"),
                "--mem 0 (all of the node's memory) and plain sizes are SLURM's own");
        assertTrue(org.inclusim.experiment.SlurmScript.validTime("1-12:30:00") && org.inclusim.experiment.SlurmScript.validTime("90")
                && org.inclusim.experiment.SlurmScript.validTime("5:00") && !org.inclusim.experiment.SlurmScript.validTime("1-24"));
    }

    @Test
    void slurmListsEveryFileItWrites() {
        Path out = tmp.resolve("cluster");
        Result r = inclusim("slurm", "scenarios/mentor-training.yaml", "--tasks", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("array.sbatch", "merge.sbatch", "submit.sh")) {
            assertTrue(Files.exists(out.resolve("slurm").resolve(file)), file);
            assertTrue(r.out().contains("wrote " + out.resolve("slurm").resolve(file)), r.out());
        }
        assertTrue(r.out().contains("report.html"), "says the merge writes the report: " + r.out());
    }

    @Test
    void parameterDrawsNeedAcceptedSetsAndReachTheSlurmShards() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain.yaml"), "name: plain\nhorizon_weeks: 8\n");
        Path out = tmp.resolve("never");
        Result none = inclusim("batch", plain.toString(), "--parameter-draws", "3", "--out", out.toString());
        assertEquals(2, none.code(), none.err());
        assertEquals(1, none.err().lines().count(), none.err());
        assertTrue(none.err().contains("--parameter-draws") && none.err().contains("no accepted parameter sets"), none.err());
        assertFalse(Files.exists(out), "nothing written");
        Result zero = inclusim("batch", "scenarios/mentor-training.yaml", "--parameter-draws", "0", "--out", out.toString());
        assertEquals(2, zero.code(), zero.err());
        assertTrue(zero.err().contains("--parameter-draws 0: expected 1 to 10000"), zero.err());
        Path cluster = tmp.resolve("cluster");
        Result slurm = inclusim("slurm", "scenarios/mentor-training.yaml", "--tasks", "2", "--parameter-draws", "5", "--out",
                cluster.toString());
        assertEquals(0, slurm.code(), slurm.err());
        assertTrue(Files.readString(cluster.resolve("slurm").resolve("array.sbatch")).contains(" --parameter-draws 5 --shard "));
        assertEquals(2, inclusim("slurm", plain.toString(), "--tasks", "1", "--parameter-draws", "5").code());
    }

    @Test
    void aBatchOverDrawsReportsFromItsDigestsWhatTheReportCommandReadsFromItsFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(dir.resolve("calib.accepted.csv"), "draw,weight,distance,search.closePlacementRatePerWeek\n"
                + "0,0.5,1,0.05\n1,0.5,1,0.5\n");
        Files.writeString(dir.resolve("calib.yaml"), "name: calib\naccepted_sets: calib.accepted.csv\n");
        Path scenario = Files.writeString(dir.resolve("d.yaml"), "name: d\nextends: calib.yaml\nhorizon_weeks: 60\nreplications: 2\n"
                + "variants:\n  baseline: {advisers.closeCasesPerAdviser: 0}\n  close: {advisers.closeCasesPerAdviser: 4}\n");
        Path out = tmp.resolve("b");
        Result r = inclusim("batch", scenario.toString(), "--parameter-draws", "3", "--threads", "2", "--quiet", "--out", out.toString(),
                "--lang", "en");
        assertEquals(0, r.code(), r.err());
        Path analysis = out.resolve("analysis");
        Map<String, byte[]> fromDigests = new java.util.TreeMap<>();
        try (var files = Files.list(analysis)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                fromDigests.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        assertTrue(fromDigests.containsKey("parameter_uncertainty.csv"), fromDigests.keySet().toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"parameter-uncertainty\""));
        assertEquals(0, inclusim("report", out.toString(), "--lang", "en").code());
        for (Map.Entry<String, byte[]> e : fromDigests.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(analysis.resolve(e.getKey())), e.getKey());
        }
    }

    @Test
    void mergeWritesTheReportUnlessAskedNot() throws IOException {
        for (String shard : List.of("1/2", "2/2")) {
            Result b = inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "2", "--shard", shard, "--quiet",
                    "--out", tmp.resolve("shard-" + shard.charAt(0)).toString());
            assertEquals(0, b.code(), b.err());
        }
        Result merged = inclusim("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString(), "--out",
                tmp.resolve("m").toString(), "--lang", "nb");
        assertEquals(0, merged.code(), merged.err());
        assertTrue(Files.readString(tmp.resolve("m/report.html")).contains("<html lang=\"nb\">"), "the merged report, in Norwegian");
        assertTrue(merged.out().contains("report: " + tmp.resolve("m/report.html")), merged.out());
        Result bare = inclusim("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString(), "--out",
                tmp.resolve("n").toString(), "--no-report");
        assertEquals(0, bare.code(), bare.err());
        assertTrue(Files.exists(tmp.resolve("n/runs.csv")) && !Files.exists(tmp.resolve("n/report.html")), "--no-report");
    }

    @Test
    void slurmRefusesOutputFoldersItsDirectivesCannotCarryAndQuotesTheRest() throws IOException, InterruptedException {
        Path parent = Files.createDirectories(tmp.resolve("cluster"));
        for (String bad : List.of("a\ntouch " + parent + "/PWNED\n", "with space", "run%j", "it's", "back\\slash", "tab\there")) {
            Path out = parent.resolve(bad);
            Result r = inclusim("slurm", "scenarios/mentor-training.yaml", "--tasks", "2", "--out", out.toString());
            assertEquals(2, r.code(), bad);
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: --out ") && r.err().contains("which SLURM's job scripts cannot carry"), r.err());
            assertFalse(r.err().contains("\n" + "touch") || r.err().chars().anyMatch(c -> c == '\t'), "no raw control characters");
        }
        try (java.util.stream.Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "nothing written");
        }
        Path out = parent.resolve("run$(id>" + parent + "/PWNED)");
        assertEquals(0, inclusim("slurm", "scenarios/mentor-training.yaml", "--tasks", "2", "--out", out.toString()).code());
        for (String script : List.of("array.sbatch", "merge.sbatch", "submit.sh")) {
            Process syntax = new ProcessBuilder("bash", "-n", out.resolve("slurm").resolve(script).toString()).start();
            assertEquals(0, syntax.waitFor(), script + " is valid shell");
        }
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertFalse(submit.contains("\"submitted") || submit.contains("\"" + out), "no path inside double quotes: " + submit);
    }

    @Test
    void tooManyReplicationsAndNoThreadsAreRefusedBeforeAnythingRuns() {
        Result r = inclusim("batch", "scenarios/mentor-training.yaml", "--replications", "2147483647", "--out", tmp.resolve("b").toString());
        assertEquals(2, r.code());
        assertEquals(List.of("error: --replications 2147483647: expected 1 to 1000000"), r.err().lines().toList());
        Result c = inclusim("calibrate", "scenarios/calibration/ips-patterns.yaml", "--threads", "0", "--out", tmp.resolve("c").toString());
        assertEquals(2, c.code());
        assertEquals(List.of("error: --threads 0: expected at least 1"), c.err().lines().toList());
        assertFalse(Files.exists(tmp.resolve("b")) || Files.exists(tmp.resolve("c")), "no folder left behind");
    }

    @Test
    void aScenarioFromADeviceStopsAtTheSizeLimit() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero (POSIX systems)");
        Result r = inclusim("validate", "/dev/zero");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("/dev/zero: file is larger than 1048576 bytes"), r.err());
    }

    @Test
    void aHorizonThatEndsBeforeThePolicyStartsIsRefusedForAPolicyVariant() {
        Result r = inclusim("run", "scenarios/policy-package.yaml", "--weeks", "10", "--variant", "package", "--out",
                tmp.resolve("p").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --weeks 10 ends before the policy starts (policy_start_week 52)"), r.err());
        assertFalse(Files.exists(tmp.resolve("p")));
        assertEquals(0, inclusim("run", "scenarios/policy-package.yaml", "--weeks", "10", "--out", tmp.resolve("b").toString()).code(),
                "the baseline has no policy start to miss");
    }

    @Test
    void anExistingResultsFolderIsNeverOverwritten() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Result r = inclusim("run", "scenarios/baseline.yaml", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists and is not empty"), r.err());
        assertEquals(List.of("notes.txt"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void runPicksAVariantAndRefusesAnUnknownOne() {
        Path out = tmp.resolve("long");
        Result r = inclusim("run", "scenarios/placement-length.yaml", "--variant", "weeks-26", "--weeks", "52", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("variant weeks-26"), r.out());
        Result bad = inclusim("run", "scenarios/placement-length.yaml", "--variant", "weeks-99");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("no such variant") && bad.err().contains("weeks-26"), bad.err());
    }

    @Test
    void describeShowsVariantsPlanAndWhereValuesComeFrom() {
        Result r = inclusim("describe", "scenarios/placement-length.yaml", "--no-estimate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("plan      4 variants x 1 design point(s) x 20 replications = 80 runs"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("project.endWeek") && l.contains("extends baseline.yaml")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("placement.plannedWeeks") && l.contains("variant weeks-52: 52")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("mentors.superMentorShare") && l.contains("default")), r.out());
        Result timed = inclusim("describe", "scenarios/baseline.yaml");
        assertTrue(timed.out().contains("ms per run (measured now)") && !timed.out().contains("fork"), timed.out());
        assertTrue(timed.out().matches("(?s).*s for the report, [0-9.]+ s of it after the last run, about .*"),
                "the estimate includes the report: " + timed.out());
        // policy-package: 2 variants from week 52 of 260 share the warm-up, so (52 + 2 x 208) / (2 x 260) = 90 % of the weeks
        Result forked = inclusim("describe", "scenarios/policy-package.yaml");
        assertTrue(forked.out().contains("variants fork from a shared warm-up (90 % of the weeks)"), forked.out());
        Result norwegian = inclusim("describe", "scenarios/placement-length.yaml", "--no-estimate", "--lang", "nb");
        assertTrue(norwegian.out().contains("plan      4 varianter x 1 designpunkt(er) x 20 replikasjoner = 80 kjøringer"), norwegian.out());
        Result badLanguage = inclusim("describe", "scenarios/placement-length.yaml", "--no-estimate", "--lang", "sv");
        assertEquals(2, badLanguage.code());
        assertTrue(badLanguage.err().contains("--lang 'sv' is not a language; allowed: en, nb"), badLanguage.err());
    }

    @Test
    void sensitivityRunsAPlanAndReportsIndices() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("sens.yaml"), """
                name: sens
                horizon_weeks: 52
                replications: 1
                sensitivity:
                  method: morris
                  size: 4
                  outcomes: [ever_employed_share]
                  parameters:
                    placement.plannedWeeks: [4, 26]
                    mentors.strainPerLoad: [0.1, 0.3]
                """);
        Path out = tmp.resolve("sens-out");
        Result r = inclusim("sensitivity", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mu_star"), r.out());
        assertTrue(Files.readString(out.resolve("analysis/sensitivity.csv")).contains("placement.plannedWeeks"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"sensitivity\""));
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), Files.readString(scenario).replace("ever_employed_share", "happiness"));
        Result badOutcome = inclusim("sensitivity", bad.toString(), "--out", tmp.resolve("x").toString(), "--quiet");
        assertEquals(2, badOutcome.code());
        assertTrue(badOutcome.err().contains("bad.yaml:7:14: key 'sensitivity.outcomes': unknown outcome 'happiness'"), badOutcome.err());
        Result validated = inclusim("validate", bad.toString());
        assertEquals(2, validated.code(), "validate knows the outcome columns too");
        assertTrue(validated.err().contains("unknown outcome 'happiness'"), validated.err());
        assertEquals(2, inclusim("sensitivity", "scenarios/baseline.yaml", "--quiet").code(), "no sensitivity block");
    }

    @Test
    void validateReportsEveryFile() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nseed: x\nhorizon_weeks: 0\n");
        Result r = inclusim("validate", "scenarios/baseline.yaml", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("scenarios/baseline.yaml: ok"), r.out());
        assertEquals(2, r.err().lines().count(), r.err());
        assertEquals(0, inclusim("validate", "scenarios/baseline.yaml").code());
    }

    @Test
    void validateChecksTheNamesInEveryClaimInOneLineEach() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Path bad = Files.writeString(scenarios.resolve("claims.yaml"), """
                name: claims
                variants:
                  baseline: {}
                  long: {placement.plannedWeeks: 26}
                claims:
                  - {outcome: ever_employed_share, variant: long, direction: higher}
                  - {outcome: ever_employed, variant: long, direction: higher}
                  - {outcome: hires, variant: lnog, comparison: baseline, direction: higher}
                  - {outcome: hires, variant: long, direction: up}
                  - {outcome: hires, variant: long, direction: higher, group: young}
                """);
        Result r = inclusim("validate", bad.toString());
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(0).contains("claims.yaml:7:15: key 'claims[1].outcome': unknown outcome 'ever_employed'; runs.csv columns: "),
                lines.get(0));
        assertTrue(lines.get(1).contains("key 'claims[2].variant': unknown variant 'lnog' (did you mean 'long'?); variants: baseline, long"),
                lines.get(1));
        assertTrue(lines.get(2).contains("key 'claims[3].direction': unknown direction 'up'; directions: higher, lower"), lines.get(2));
        assertTrue(lines.get(3).contains("key 'claims[4].group': the scenario defines no user groups"), lines.get(3));
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        Files.writeString(bad, Files.readString(bad).lines().limit(6).collect(java.util.stream.Collectors.joining("\n")) + "\n");
        assertEquals(0, inclusim("validate", bad.toString()).code(), "a good claim passes");
    }

    @Test
    void benchRunsAtATinySize() {
        Result r = inclusim("bench", "--sizes", "300", "--weeks", "20", "--repeats", "1");
        assertTrue(r.code() == 0 || r.code() == 3, r.err());
        assertTrue(r.out().contains("scenario baseline, as it is (260 weeks)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("300 ")), r.out());
        Result missing = inclusim("bench", "--scenario", "scenarios/no-such.yaml", "--sizes", "300");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such.yaml"), missing.err());
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
