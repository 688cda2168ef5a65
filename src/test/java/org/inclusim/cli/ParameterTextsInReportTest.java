package org.inclusim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report explains parameters in its own language: a scenario with {@code language: nb} and
 * {@code report --lang nb} give each changed parameter's bokmål meaning and unit from the catalogue,
 * and no parameter's English {@code @Param} text; {@code --lang en} gives the English.
 */
class ParameterTextsInReportTest {
    @TempDir
    Path tmp;

    /** The bokmål catalogue read as a plain file, independent of the code under test. */
    private static Properties bokmal() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/inclusim/presentation/messages_nb.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The shipped scenarios copied to a temporary folder, mentor-network in bokmål with a two-year horizon. */
    private Path norwegianScenario() throws IOException {
        Path scenarios = tmp.resolve("scenarios");
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Path to = scenarios.resolve(Path.of("scenarios").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Path file = scenarios.resolve("mentor-network.yaml");
        Files.writeString(file, Files.readString(file) + "language: nb\nhorizon_weeks: 104\n");
        return file;
    }

    private static String required(Properties nb, String key) {
        String text = nb.getProperty(key);
        assertTrue(text != null, "messages_nb.properties has " + key);
        return text;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void theNorwegianReportGivesEachParametersMeaningAndUnitInBokmal() throws IOException {
        Properties nb = bokmal();
        Path batch = tmp.resolve("batch");
        CliTest.Result r = CliTest.inclusim("batch", norwegianScenario().toString(), "--replications", "2", "--quiet", "--out",
                batch.toString());
        assertEquals(0, r.code(), r.err());
        String scenarioLanguage = Files.readString(batch.resolve("report.html"));
        assertNorwegian(scenarioLanguage, nb);

        assertEquals(0, CliTest.inclusim("report", batch.toString(), "--lang", "en").code());
        String english = Files.readString(batch.resolve("report.html"));
        assertTrue(english.contains("network.meetingIntervalWeeks: 8 → 4 (weeks). "
                + escaped(doc("network.meetingIntervalWeeks"))), "the English report gives the English of @Param");

        assertEquals(0, CliTest.inclusim("report", batch.toString(), "--lang", "nb").code());
        assertNorwegian(Files.readString(batch.resolve("report.html")), nb);
    }

    private static String doc(String path) {
        return ParameterCatalog.instance().find(path).orElseThrow().doc();
    }

    private static void assertNorwegian(String page, Properties nb) {
        assertTrue(page.contains("<html lang=\"nb\">"), "a report in bokmål");
        String interval = required(nb, "parameter.network.meetingIntervalWeeks");
        assertTrue(page.contains("network.meetingIntervalWeeks: 8 → 4 (" + required(nb, "parameter_unit.weeks") + "). "
                + escaped(interval)), "what each variant changes, in bokmål: " + interval);
        assertTrue(page.contains("network.enabled: nei → ja. " + escaped(required(nb, "parameter.network.enabled"))),
                "a yes/no parameter, in bokmål");
        assertTrue(page.contains("<td>costs.adviserHourNok</td><td>" + escaped(required(nb, "parameter.costs.adviserHourNok"))
                + "</td><td>kr per time</td>"), "the parameter table gives meaning and unit in bokmål");
        List<String> english = ParameterCatalog.instance().definitions().stream().map(ParameterDefinition::doc)
                .filter(doc -> page.contains(escaped(doc))).toList();
        assertEquals(List.of(), english, "no parameter explained in English in the bokmål report");
    }
}
