package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * schedule order, every rule class, and every parameter row as its annotation describes it.
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
        for (String rule : List.of("ReferralRule", "IntakeRule", "SearchRule", "HireRule", "CloseFollowUpRule", "RecruitmentRule", "PlacementRule",
                "SupportRule", "EmploymentRule", "StrainRule", "NetworkRule", "AdviserRule", "WorkingLifeCentre",
                "ProjectFunding", "Population", "MentorExitRule", "DestinationRule", "EmployabilityRule", "ProjectEndRule")) {
            assertTrue(text.contains(rule), "submodel missing: " + rule);
        }
    }

    @Test
    void documentsEveryParameterAsItsAnnotationSays() throws IOException {
        List<String> lines = odd().lines().toList();
        List<ParameterDefinition> definitions = ParameterCatalog.instance().definitions();
        assertTrue(lines.contains("All " + definitions.size() + " parameters, one table per group, copied from the `@Param` annotations of the records in"),
                "section 7.17 does not give the number of parameters, " + definitions.size());
        for (ParameterDefinition d : definitions) {
            String key = "| `" + d.path() + "` |";
            List<String> rows = lines.stream().filter(l -> l.startsWith(key)).toList();
            assertEquals(1, rows.size(), "docs/ODD.md should have one table row for " + d.path());
            assertEquals(expectedRow(d), rows.get(0), "docs/ODD.md row of " + d.path() + " differs from its @Param annotation");
        }
    }

    /** The row of section 7.17: path, default, unit, allowed values, meaning, source. */
    private static String expectedRow(ParameterDefinition d) {
        String unit = d.unit().isEmpty() ? "-" : d.unit();
        String allowed = d.allowed() + (d.type() == int.class ? " (integer)" : "");
        return String.join(" | ", "| `" + d.path() + "`", d.defaultText(), unit, allowed, d.doc(), d.source()) + " |";
    }
}
