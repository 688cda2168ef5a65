package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;

/**
 * docs/ODD.md keeps up with the code: it has the seven ODD elements, names every phase in
 * schedule order, every rule class, and every parameter row as its annotation describes it, in
 * its group's table; and every "ODD n.n" reference in the main sources names a section that
 * exists (and, for a class the ODD names in a heading, a section about that class).
 */
class OddDocumentTest {
    /** A numbered ODD heading: "### 7.5a Destinations (DestinationRule)", "#### 7.5.1 Openings (SearchRule)". */
    private static final Pattern HEADING = Pattern.compile("^#{2,4} (\\d+(?:\\.\\d+)?[a-z]?(?:\\.\\d+)?) (.+)$");
    private static final String SECTION = "\\d+(?:\\.\\d+)?[a-z]?(?:\\.\\d+)?";
    /** "ODD 7.11", "ODD 7.11, 7.12", "docs/ODD.md 7.13a", "ODD.md (section 6": the section numbers of one reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "ODD(?:\\.md)?,? \\(?(?:sections? )?(" + SECTION + "(?:(?:, | and |-)" + SECTION + ")*)");

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
                "ProjectFunding", "Population", "MentorExitRule", "DestinationRule", "EmployabilityRule", "ProjectEndRule",
                "DurationDependenceRule", "DisabilityWorkRule")) {
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

    @Test
    void putsEveryParameterRowInItsGroupsTable() throws IOException {
        Map<String, String> groupOfRow = new LinkedHashMap<>();
        String group = null;
        for (String line : odd().lines().toList()) {
            if (line.startsWith("#")) {
                Matcher m = Pattern.compile("^#### `([a-z]+)` \\(").matcher(line);
                group = m.find() ? m.group(1) : null;
            } else if (group != null && line.startsWith("| `")) {
                groupOfRow.put(line.substring(3, line.indexOf('`', 3)), group);
            }
        }
        for (ParameterDefinition d : ParameterCatalog.instance().definitions()) {
            String expected = d.path().substring(0, d.path().indexOf('.'));
            assertEquals(expected, groupOfRow.get(d.path()), "docs/ODD.md: the row of " + d.path() + " belongs in the table of `" + expected + "`");
        }
    }

    @Test
    void javaReferencesNameExistingSectionsAboutTheirClass() throws IOException {
        Map<String, String> headings = new LinkedHashMap<>();
        for (String line : odd().lines().toList()) {
            Matcher m = HEADING.matcher(line);
            if (m.find()) {
                headings.put(m.group(1), m.group(2));
            }
        }
        List<String> wrong = new ArrayList<>();
        int references = 0;
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : sources) {
            String className = file.getFileName().toString().replace(".java", "");
            Pattern named = Pattern.compile("\\b" + className + "\\b");
            boolean inAHeading = headings.values().stream().anyMatch(h -> named.matcher(h).find());
            // Javadoc may break a reference over two lines: join them first.
            String text = Files.readString(file).replaceAll("\\s*\\n\\s*\\*?\\s*", " ");
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                for (String section : m.group(1).split(", | and |-")) {
                    references++;
                    String heading = headings.get(section);
                    if (heading == null) {
                        wrong.add(file + ": ODD " + section + " is not a section of docs/ODD.md");
                    } else if (inAHeading && !named.matcher(heading).find()) {
                        wrong.add(file + ": ODD " + section + " is \"" + heading + "\", not the section about " + className);
                    }
                }
            }
        }
        assertTrue(references > 0, "no ODD references found in src/main/java");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
