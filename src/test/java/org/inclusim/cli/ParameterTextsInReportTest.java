package org.inclusim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusim.analysis.cost.CostItem;
import org.inclusim.analysis.cost.CostItems;
import org.inclusim.analysis.cost.RetiredParameter;
import org.inclusim.io.CsvReader;
import org.inclusim.io.CsvTableWriter;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;
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

    /**
     * A batch made before wage subsidies were priced by the hour prices its subsidised weeks at parameters the model no
     * longer has (rule OlderQuantity): the report gives them their unit and source in the unit-cost table, their meaning
     * and unit in the parameter table (bokmål from the catalogue in a bokmål report) and says in a note which quantity
     * and parameters price the item and what batches made now are priced at. The older batch is a fresh one made older
     * as 804e1f4 wrote it: weekly.csv without the hours columns, the manifest with the three retired parameters. A
     * fresh batch has none of this.
     */
    @Test
    void anOlderBatchExplainsTheRetiredParametersItIsPricedWith() throws IOException {
        Path batch = tmp.resolve("older");
        CliTest.Result r = CliTest.inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "2", "--events", "none",
                "--quiet", "--lang", "en", "--out", batch.toString());
        assertEquals(0, r.code(), r.err());
        String fresh = Files.readString(batch.resolve("report.html"));
        assertFalse(fresh.contains("costs.wageCostWeekNok"), "a fresh batch is priced by the hour");
        for (CostItem item : wageSubsidies()) {
            String column = item.columns().get(0);
            assertFalse(fresh.contains(olderPriceNote(Messages.of(Language.EN), item, column, column, item.unitCosts())),
                    "no note on an older price in a fresh batch");
        }
        makeOlder(batch);
        Properties nb = bokmal();
        for (Language language : Language.values()) {
            assertEquals(0, CliTest.inclusim("report", batch.toString(), "--lang", language.code()).code());
            String page = Files.readString(batch.resolve("report.html"));
            Messages m = Messages.of(language);
            String table = unitCosts(page);
            for (RetiredParameter retired : CostItems.RETIRED) {
                String unit = language == Language.EN ? retired.unit() : required(nb, Messages.unitKey(retired.unit()));
                String meaning = language == Language.EN ? retired.doc() : required(nb, Messages.parameterKey(retired.path()));
                Pattern row = Pattern.compile(Pattern.quote("<td>" + retired.path() + "</td>") + "<td[^>]*>[^<]+"
                        + Pattern.quote("</td><td>" + unit + "</td><td>" + escaped(retired.source()) + "</td>"));
                assertTrue(row.matcher(table).find(), language + ": " + retired.path() + " has its unit and source among the unit costs");
                assertTrue(page.contains("<td>" + retired.path() + "</td><td>" + escaped(meaning) + "</td><td>" + unit + "</td>"),
                        language + ": " + retired.path() + " has its meaning and unit among the parameters");
            }
            for (CostItem item : wageSubsidies()) {
                String note = olderPriceNote(m, item, item.columns().get(0), item.older().column(), item.older().unitCosts());
                assertTrue(page.contains(note), language + ": the note on the older price: " + note);
            }
        }
    }

    private static List<CostItem> wageSubsidies() {
        List<CostItem> items = CostItems.ALL.stream().filter(i -> i.key().startsWith("wage_subsidy_")).toList();
        assertEquals(2, items.size(), "two rate periods");
        return items;
    }

    /** The report's note that {@code item} is priced from {@code column} (not {@code present}) at {@code paths}. */
    private static String olderPriceNote(Messages m, CostItem item, String present, String column, List<String> paths) {
        return "<p class=\"note\">" + escaped(m.text("costs.older_price", m.costItem(item.key()), present, column,
                String.join(" x ", paths), String.join(" x ", item.unitCosts()))) + "</p>";
    }

    /** The batch as the code of 804e1f4 wrote it: weekly.csv without the subsidised hours, the manifest with the retired prices. */
    private static void makeOlder(Path batch) throws IOException {
        Path weekly = batch.resolve("weekly.csv");
        CsvReader.Table table = CsvReader.read(weekly);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            if (!table.header().get(c).startsWith("wage_subsidy_hours_")) {
                kept.add(c);
            }
        }
        assertEquals(table.header().size() - 2, kept.size(), "weekly.csv has the two hours columns");
        try (CsvTableWriter out = new CsvTableWriter(weekly, kept.stream().map(table.header()::get).toList())) {
            for (List<String> row : table.rows()) {
                out.write(kept.stream().map(row::get).toList());
            }
        }
        Path manifest = batch.resolve("manifest.json");
        String text = Files.readString(manifest);
        String parameters = "\n  \"parameters\": {\n";
        assertTrue(text.contains(parameters), "the manifest's resolved parameters");
        Files.writeString(manifest, text.replace(parameters, parameters + "    \"costs.wageCostWeekNok\": 6740,\n"
                + "    \"costs.wageSubsidyFirstYearShare\": 0.6,\n    \"costs.wageSubsidyLaterShare\": 0.5,\n"));
    }

    private static String unitCosts(String page) {
        int at = page.indexOf("<h3 id=\"unit-costs\">");
        return page.substring(at, page.indexOf("</table>", at));
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
