package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;

/**
 * docs/ODD.md keeps up with the code: it has the seven ODD elements, names every phase in
 * schedule order, every rule class and every parameter with its default.
 */
class OddDocumentTest {
    private static String odd() throws IOException {
        return Files.readString(Path.of("docs/ODD.md"));
    }

    @Test
    void hasTheSevenElements() throws IOException {
        String text = odd();
        for (String element : List.of("Purpose and patterns", "Entities, state variables and scales",
                "Process overview and scheduling", "Design concepts", "Initialization", "Input data", "Submodels")) {
            assertTrue(text.contains(element), "ODD element missing: " + element);
        }
        for (String concept : List.of("Basic principles", "Emergence", "Adaptation", "Objectives", "Learning",
                "Prediction", "Sensing", "Interaction", "Stochasticity", "Collectives", "Observation")) {
            assertTrue(text.contains(concept), "design concept missing: " + concept);
        }
    }

    @Test
    void namesEveryPhaseInScheduleOrder() throws IOException {
        String text = odd();
        int last = -1;
        for (Phase phase : Phase.values()) {
            int at = text.indexOf("`" + phase.name() + "`");
            assertTrue(at >= 0, "phase missing: " + phase);
            assertTrue(at > last, "phase out of order: " + phase);
            last = at;
        }
    }

    @Test
    void describesEveryRule() throws IOException {
        String text = odd();
        for (String rule : List.of("ReferralRule", "IntakeRule", "MatchingRule", "RecruitmentRule", "PlacementRule",
                "SupportRule", "EmploymentRule", "StrainRule", "NetworkRule", "AdviserRule", "WorkingLifeCentre",
                "ProjectFunding", "Population")) {
            assertTrue(text.contains(rule), "submodel missing: " + rule);
        }
    }

    @Test
    void documentsEveryParameterWithItsDefault() throws IOException {
        String text = odd();
        List<String> lines = text.lines().toList();
        for (ParameterDefinition d : ParameterCatalog.instance().definitions()) {
            String key = "`" + d.path() + "`";
            assertTrue(text.contains(key), "parameter missing from docs/ODD.md: " + d.path());
            assertTrue(lines.stream().anyMatch(l -> l.contains(key) && l.contains(d.defaultText())),
                    "no line of docs/ODD.md gives " + d.path() + " with its default " + d.defaultText());
        }
    }
}
