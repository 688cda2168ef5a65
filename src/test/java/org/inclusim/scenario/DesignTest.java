package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignTest {
    @TempDir
    Path tmp;

    private Scenario load(String yaml) throws IOException {
        return new ScenarioLoader().load(Files.writeString(tmp.resolve("d.yaml"), "name: d\n" + yaml));
    }

    private List<ScenarioProblem> problems(String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("d.yaml"), "name: d\n" + yaml);
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).problems();
    }

    @Test
    void aGridIsTheCartesianProductFirstPathSlowest() throws IOException {
        Scenario s = load("""
                replications: 3
                design:
                  grid:
                    placement.plannedWeeks: [8, 26]
                    training.level: [none, extended]
                variants:
                  baseline:
                  no-network:
                    network.enabled: false
                """);
        assertEquals("grid", s.design().kind());
        assertEquals(List.of("placement.plannedWeeks", "training.level"), s.design().paths());
        assertEquals(4, s.design().points().size());
        assertEquals(8, s.design().points().get(1).get("placement.plannedWeeks"));
        assertEquals("EXTENDED", s.design().points().get(1).get("training.level").toString());
        assertEquals(26, s.design().points().get(2).get("placement.plannedWeeks"));
        assertEquals(2L * 4 * 3, s.plannedRuns());
        assertEquals(26, s.parameters(s.variant("no-network").orElseThrow(), 3).placement().plannedWeeks());
        assertEquals(false, s.parameters(s.variant("no-network").orElseThrow(), 3).network().enabled());
    }

    @Test
    void explicitPointsAreTakenAsListed() throws IOException {
        Scenario s = load("""
                design:
                  points:
                    - {placement.plannedWeeks: 8, mentors.superMentorShare: 0.1}
                    - {placement.plannedWeeks: 52, mentors.superMentorShare: 0.4}
                """);
        assertEquals(List.of(Map.of("placement.plannedWeeks", 8, "mentors.superMentorShare", 0.1),
                Map.of("placement.plannedWeeks", 52, "mentors.superMentorShare", 0.4)), s.design().points());
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOncePerParameter() throws IOException {
        Scenario s = load("""
                seed: 3
                design:
                  lhs:
                    n: 10
                    ranges:
                      mentors.superMentorShare: [0.0, 0.5]
                      recruitment.deterrence: [0, 3]
                """);
        assertEquals(10, s.design().points().size());
        boolean[] used = new boolean[10];
        for (Map<String, Object> p : s.design().points()) {
            double x = (Double) p.get("mentors.superMentorShare");
            assertTrue(x >= 0 && x < 0.5);
            used[(int) (x / 0.05)] = true;
        }
        for (boolean u : used) {
            assertTrue(u, "every tenth of the range holds exactly one point");
        }
        assertEquals(s.design(), load("seed: 3\ndesign:\n  lhs:\n    n: 10\n    ranges:\n      mentors.superMentorShare: [0.0, 0.5]\n"
                + "      recruitment.deterrence: [0, 3]\n").design(), "the same seed gives the same design");
    }

    @Test
    void aSobolDesignFollowsTheSobolSequence() throws IOException {
        double[][] u = DesignReader.sobol(3, 2);
        assertArrayEquals(new double[] {0.5, 0.5}, u[0], 1e-12);
        assertArrayEquals(new double[] {0.75, 0.25}, u[1], 1e-12);
        assertArrayEquals(new double[] {0.25, 0.75}, u[2], 1e-12);
        Scenario s = load("""
                design:
                  sobol:
                    n: 3
                    ranges:
                      placement.plannedWeeks: [4, 52]
                      mentors.strainPerLoad: [0.1, 0.3]
                """);
        assertEquals(28, s.design().points().get(0).get("placement.plannedWeeks"), "whole-number parameters are rounded");
        assertEquals(0.2, (Double) s.design().points().get(0).get("mentors.strainPerLoad"), 1e-12);
        assertEquals(40, s.design().points().get(1).get("placement.plannedWeeks"));
    }

    @Test
    void badDesignsAreLocated() throws IOException {
        assertTrue(problems("design:\n  gird:\n    placement.plannedWeeks: [8]\n").get(0).toString()
                .contains("d.yaml:3:3: key 'design.gird': unknown design (did you mean 'grid'?)"));
        assertTrue(problems("design:\n  grid:\n    placement.plannedWeek: [8]\n").get(0).message()
                .contains("did you mean 'placement.plannedWeeks'?"));
        assertTrue(problems("design:\n  grid:\n    placement.plannedWeeks: [8, 999]\n").get(0).toString()
                .contains("d.yaml:4:33: key 'design.grid.placement.plannedWeeks': expected integer from 1 to 156"));
        assertTrue(problems("design:\n  lhs:\n    n: 5\n    ranges:\n      training.level: [0, 1]\n").get(0).message()
                .contains("only numeric parameters"));
        assertTrue(problems("design:\n  sobol:\n    n: 5\n    ranges:\n      mentors.superMentorShare: [0.5, 0.1]\n").get(0).message()
                .contains("expected low < high"));
        assertTrue(problems("design:\n  sobol:\n    ranges:\n      mentors.superMentorShare: [0.1, 0.5]\n").get(0).message()
                .contains("needs 'n'"));
        assertTrue(problems("design:\n  points:\n    - {placement.plannedWeeks: 8}\n    - {mentors.superMentorShare: 0.1}\n")
                .get(0).message().contains("same parameters"));
        assertTrue(problems("design:\n  grid:\n    placement.plannedWeeks: [8]\nvariants:\n  baseline:\n  x:\n    placement.plannedWeeks: 9\n")
                .get(0).message().contains("variant 'x' also sets placement.plannedWeeks"));
        assertTrue(problems("design:\n  grid:\n    jobs.temporaryWeeksMin: [13, 100]\n").get(0).message()
                .contains("point 1 with variant 'baseline'"));
    }
}
