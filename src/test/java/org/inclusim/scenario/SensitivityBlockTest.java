package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityBlockTest {
    @TempDir
    Path tmp;

    private Path write(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("s.yaml"), "name: s\n" + yaml);
    }

    @Test
    void aSobolBlockMakesASaltelliDesign() throws IOException {
        Scenario s = new ScenarioLoader().load(write("""
                sensitivity:
                  method: sobol
                  size: 16
                  outcomes: [retention_52w]
                  parameters:
                    mentors.strainPerLoad: [0.1, 0.2]
                    placement.plannedWeeks: [8, 52]
                    network.strainRelief: [0.0, 0.4]
                """));
        assertEquals("saltelli", s.design().kind());
        assertEquals(16 * (3 + 2), s.design().points().size());
        assertEquals(16 * 5, s.plannedRuns());
        Object weeks = s.design().points().get(0).get("placement.plannedWeeks");
        assertTrue(weeks instanceof Integer, "whole-number parameters are rounded");
        assertEquals(s.design().points().get(0).get("network.strainRelief"),
                s.design().points().get(2 * 16).get("network.strainRelief"), "AB_1 keeps A's other columns");
    }

    @Test
    void aMorrisBlockMakesTrajectories() throws IOException {
        Scenario s = new ScenarioLoader().load(write("""
                sensitivity:
                  method: morris
                  size: 5
                  levels: 4
                  outcomes: [retention_52w, burnout_per_100_mentor_years]
                  parameters:
                    mentors.strainPerLoad: [0.1, 0.2]
                    mentors.superMentorShare: [0.0, 0.4]
                """));
        assertEquals("morris", s.design().kind());
        assertEquals(5 * 3, s.design().points().size());
        assertEquals("morris", s.sensitivity().method());
    }

    @Test
    void badBlocksAreLocated() throws IOException {
        Path p = write("sensitivity:\n  method: fast\n  size: 8\n  outcomes: [x]\n  parameters:\n    mentors.strainPerLoad: [0.1, 0.2]\n"
                + "    mentors.superMentorShare: [0.0, 0.4]\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(p)).getMessage()
                .contains("s.yaml:3:11: key 'sensitivity.method': expected sobol or morris"));
        Path both = write("design:\n  grid:\n    placement.plannedWeeks: [8]\nsensitivity:\n  method: sobol\n  size: 8\n"
                + "  outcomes: [x]\n  parameters:\n    mentors.strainPerLoad: [0.1, 0.2]\n    mentors.superMentorShare: [0.0, 0.4]\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(both)).getMessage()
                .contains("either a design or a sensitivity block"));
        Path one = write("sensitivity:\n  method: sobol\n  size: 8\n  outcomes: [x]\n  parameters:\n    mentors.strainPerLoad: [0.1, 0.2]\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(one)).getMessage()
                .contains("at least two parameters"));
    }
}
