package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.TrainingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private List<ScenarioProblem> problems(String text) throws IOException {
        return problemsOf(write("s.yaml", text));
    }

    /** Every problem the loader finds in a file (it must find one). */
    static List<ScenarioProblem> problemsOf(Path file) {
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).problems();
    }

    @Test
    void aGridWhoseOnlyValueIsBadIsAProblemNotACrash() throws IOException {
        Path file = write("grid.yaml", "name: grid\ndesign:\n  grid:\n    mentors.superMentorShare: [x]\n");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file));
        assertTrue(e.getMessage().contains("grid.yaml:4:32"), e.getMessage());
    }

    @Test
    void theShippedBaselineLoads() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        assertEquals("baseline", s.name());
        assertEquals(260, s.horizonWeeks());
        assertEquals(64, s.sha256().length());
    }

    @Test
    void nestedAndDottedParametersOverrideDefaults() throws IOException {
        Scenario s = new ScenarioLoader().load(write("ok.yaml", """
                name: ok
                horizon_weeks: 52
                seed: 9
                parameters:
                  placement:
                    plannedWeeks: 26
                  training.level: extended
                  network: {enabled: no}
                """));
        Parameters p = s.parameters();
        assertEquals(26, p.placement().plannedWeeks());
        assertEquals(TrainingLevel.EXTENDED, p.training().level());
        assertEquals(false, p.network().enabled());
        assertEquals(Parameters.defaults().mentors(), p.mentors());
        assertEquals(52, s.horizonWeeks());
        assertEquals(9, s.seed());
    }

    @Test
    void aRetiredParameterSaysInOneLineWhatToWriteInstead() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  advisers.closeMatchRatePerWeek: 0.1
                  mentors:
                    supportWeeksAfterHire: 26
                variants:
                  slow: {advisers.opportunityDeclinePerWeek: 0.02}
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("s.yaml:3:3: key 'parameters.advisers.closeMatchRatePerWeek': renamed: use"
                + " search.closePlacementRatePerWeek"), p.get(0).toString());
        assertTrue(p.get(1).toString().contains("key 'parameters.mentors.supportWeeksAfterHire': removed: mentor support now tapers"),
                p.get(1).toString());
        assertTrue(p.get(2).toString().contains("renamed: use search.durationDeclinePerWeek"), p.get(2).toString());
        p.forEach(problem -> assertTrue(problem.toString().lines().count() == 1, "one line: " + problem));
    }

    @Test
    void anUnknownKeyNamesLineColumnAndTheClosestKey() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  placment:
                    plannedWeeks: 3
                """);
        assertEquals(1, p.size());
        assertEquals(3, p.get(0).line());
        assertEquals(3, p.get(0).column());
        assertTrue(p.get(0).toString().contains("s.yaml:3:3: key 'parameters.placment': unknown parameter group (did you mean 'placement'?)"),
                p.get(0).toString());
    }

    @Test
    void aRenamedMentorKeySaysWhatReplacedItInOneLine() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  mentors:
                    burnoutThreshold: 0.8
                  mentors.quitOnBurnoutShare: 0.5
                design:
                  grid:
                    mentors.leaveWeeksMean: [20, 57]
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("s.yaml:4:5: key 'parameters.mentors.burnoutThreshold': renamed: use mentors.strainReference"),
                p.get(0).toString());
        assertTrue(p.get(1).toString().contains("key 'parameters.mentors.quitOnBurnoutShare': renamed: use mentors.quitShare"), p.get(1).toString());
        assertTrue(p.get(2).toString().contains("renamed: use mentors.severeLeaveWeeksMean"), p.get(2).toString());
        p.forEach(problem -> assertFalse(problem.toString().contains("\n"), "one line: " + problem));
    }

    @Test
    void aRetiredParameterSaysWhatReplacedItInOneLine() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  users:
                    exitHazardPerWeek: 0.01
                    reentryShare: 0.5
                variants:
                  a:
                    project.supportRetainedAfterEnd: 0.3
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("key 'parameters.users.exitHazardPerWeek': removed: leaving the measure has five"
                + " destinations now; use destinations.disabilityPerWeek"), p.get(0).toString());
        assertTrue(p.get(1).toString().contains("users.reentryShare': removed:"), p.get(1).toString());
        assertTrue(p.get(2).toString().contains("project.supportRetainedAfterEnd': renamed: use the after-end levels project.trainingAfterEnd"),
                p.get(2).toString());
        assertTrue(p.stream().noneMatch(x -> x.toString().contains("\n")), "one line each");
    }

    @Test
    void anUnknownParameterSuggestsTheClosestPath() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  placement:
                    plannedWeek: 3
                """);
        assertTrue(p.get(0).toString().contains("did you mean 'placement.plannedWeeks'?"), p.get(0).toString());
        assertEquals(4, p.get(0).line());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: has space
                horizon_weeks: -4
                replications: many
                colour: blue
                parameters:
                  placement:
                    plannedWeeks: 400
                    hireSlope: fast
                  training:
                    level: lots
                  network:
                    enabled: 3
                """);
        String all = p.toString();
        assertEquals(8, p.size(), all);
        assertEquals(1, p.get(0).line(), "problems come in file order");
        assertTrue(all.contains("horizon_weeks"), all);
        assertTrue(all.contains("key 'colour': unknown key"), all);
        assertTrue(all.contains("key 'parameters.placement.plannedWeeks': expected integer from 1 to 156 (weeks), found 400"), all);
        assertTrue(all.contains("key 'parameters.placement.hireSlope': expected number"), all);
        assertTrue(all.contains("expected one of none, basic, extended, found 'lots'"), all);
        assertTrue(all.contains("key 'parameters.network.enabled': expected boolean"), all);
        assertTrue(all.contains("cannot be used as a folder name"), all);
    }

    @Test
    void languageAndVariantLabelsAreReadAndChecked() throws IOException {
        Scenario s = new ScenarioLoader().load(write("labelled.yaml", """
                name: labelled
                language: nb
                variants:
                  baseline: {}
                  long:
                    placement.plannedWeeks: 26
                labels:
                  baseline: today
                  long: {en: "26-week placements", nb: "utplassering i 26 uker"}
                """));
        assertEquals("nb", s.language());
        assertEquals(Map.of("en", "today", "nb", "today"), s.labels().get("baseline"));
        assertEquals("utplassering i 26 uker", s.labels().get("long").get("nb"));
        List<ScenarioProblem> p = problems("""
                name: bad-labels
                language: sv
                variants:
                  baseline: {}
                  long:
                    placement.plannedWeeks: 26
                labels:
                  lang: "typo of long"
                  long: {en: "26 weeks", de: "26 Wochen"}
                """);
        String all = p.toString();
        assertEquals(3, p.size(), all);
        assertTrue(all.contains("key 'language': 'sv' is not allowed; allowed: en, nb"), all);
        assertTrue(all.contains("key 'labels.lang': no variant named 'lang' (did you mean 'long'?); variants: baseline, long"), all);
        assertTrue(all.contains("key 'labels.long.de': unknown language; allowed: en, nb"), all);
    }

    @Test
    void duplicateKeysAreErrors() throws IOException {
        List<ScenarioProblem> p = problems("""
                name: x
                parameters:
                  placement:
                    plannedWeeks: 3
                  placement.plannedWeeks: 4
                """);
        assertTrue(p.get(0).message().contains("given twice (first at line 4)"), p.toString());
        List<ScenarioProblem> q = problems("name: x\nseed: 1\nseed: 2\n");
        assertTrue(q.get(0).message().contains("duplicate key"), q.toString());
    }

    @Test
    void malformedYamlGivesItsLine() throws IOException {
        List<ScenarioProblem> p = problems("name: x\nparameters:\n  placement: [1, 2\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).line() >= 3, p.toString());
        assertTrue(p.get(0).message().startsWith("malformed YAML"), p.toString());
    }

    @Test
    void missingEmptyAndNonMappingFilesAreErrors() throws IOException {
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().load(tmp.resolve("nope.yaml")));
        assertTrue(missing.getMessage().endsWith("nope.yaml: file not found"), missing.getMessage());
        assertTrue(problems("").get(0).message().contains("empty"));
        assertTrue(problems("- a\n- b\n").get(0).message().contains("expected a mapping"));
        assertTrue(problems("description: no name\n").get(0).toString().contains("key 'name': missing"));
    }

    @Test
    void hostileFilesAreRefusedSafely() throws IOException {
        String laughs = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\nname: x\n";
        assertTrue(problems(laughs).get(0).message().contains("YAML"), "alias bomb refused");
        List<ScenarioProblem> tag = problems("name: !!javax.script.ScriptEngineManager [x]\n");
        assertTrue(tag.get(0).message().contains("tag is not allowed"), tag.toString());
        List<ScenarioProblem> localTag = problems("name: !thing x\n");
        assertTrue(localTag.get(0).toString().contains("key 'name': unsupported YAML tag !thing"), localTag.toString());
        StringBuilder deep = new StringBuilder("name: x\nparameters: ");
        deep.append("[".repeat(200)).append("]".repeat(200)).append('\n');
        assertEquals(1, problems(deep.toString()).size());
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "name: x\n# " + "y".repeat((int) ScenarioLoader.MAX_FILE_BYTES) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(big));
        assertTrue(e.getMessage().contains("file is larger than " + ScenarioLoader.MAX_FILE_BYTES + " bytes"), e.getMessage());
        Path binary = tmp.resolve("bin.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(binary)).getMessage().contains("UTF-8"));
    }
}
