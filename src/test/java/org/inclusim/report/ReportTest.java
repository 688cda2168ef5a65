package org.inclusim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.Estimates;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.Shard;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.presentation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path tmp;

    static final Progress QUIET = new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET);
    private final Scenario network = new ScenarioLoader().load(Path.of("scenarios/mentor-network.yaml"));

    private Path batch(String name, int replications) {
        Path dir = tmp.resolve(name);
        new BatchRunner().run(network, new BatchOptions(2, replications, EventsMode.ALL, Shard.ALL), dir, QUIET);
        return dir;
    }

    static final ReportOptions ENGLISH = ReportOptions.defaults().withLanguage(Language.EN);
    static final ReportOptions BOKMAL = ReportOptions.defaults().withLanguage(Language.NB);

    @Test
    void theReportHasStatisticsChartsAndASelfContainedPage() throws IOException {
        Path dir = batch("b", 8);
        Path html = Report.write(dir, ENGLISH);
        String page = Files.readString(html);
        assertTrue(page.contains("<title>inclusim report: mentor-network</title>"));
        assertTrue(page.contains("<td>replications</td><td class=\"num\">8</td>"),
                "the replications the batch ran (8), not the scenario file's (" + network.replications() + ")");
        assertTrue(page.contains("compared with no mentor network."), "plain-language summary, variants named by their labels");
        assertTrue(page.contains("<b>monthly</b> (a mentor network meeting monthly)"), "the variant list gives each label");
        assertTrue(page.contains("(95 % CI"), "intervals in the summary");
        assertEquals(8, page.split("src=\"data:image/png;base64,").length - 1, "eight embedded charts");
        for (String chart : List.of("forest", "costs", "job_retention", "cumulative_incidence", "state_distribution", "burnout",
                "mentor_pool", "employed_share")) {
            assertTrue(page.contains("<figure data-chart=\"" + chart + "\">"), chart);
        }
        assertTrue(Files.size(dir.resolve("analysis").resolve(Report.WORKBOOK)) > 5_000, "the workbook");
        assertTrue(!page.contains("http://") && !page.contains("https://"), "no network");
        for (String csv : new String[] {"summary", "effects", "job_retention", "job_retention_tests", "time_to_first_job",
            "cumulative_incidence", "run_survival", "burnout", "weekly_bands", "state_distribution"}) {
            assertTrue(Files.size(dir.resolve("analysis").resolve(csv + ".csv")) > 100, csv);
        }
        assertTrue(page.contains("log-rank p against baseline (clustered by replicate)"), "the pooled test says it is clustered");
        assertTrue(page.contains("<td>the mean length of jobs within their first 104 weeks</td>")
                && page.contains("<td>the share of job spells lasting 52 weeks (run by run)</td>"), "retention compared replicate by replicate");
        assertTrue(page.contains("Aalen-Johansen") && page.contains("<td>the share who left for disability benefit first within 104 weeks of referral</td>"),
                "competing risks");
        assertTrue(page.contains("<td>quasi-Poisson</td>"), "the burnout table says which interval it shows");
        assertTrue(page.contains("the mean length of jobs within their first 104 weeks by")
                || page.contains("does not clearly change the mean length of jobs within their first 104 weeks"),
                "the headline retention sentence");
        for (String raw : List.of("<td>employment_share_horizon</td>", "<td>job_rmst_104w</td>", "point 0", "2.0161001E7", "260.0",
                "null</td>")) {
            assertFalse(page.contains(raw), "no raw column name or unformatted number: " + raw);
        }
        assertTrue(Files.size(dir.resolve("charts/job_retention.png")) > 10_000);
    }

    @Test
    void pairingNarrowsTheIntervalComparedWithIndependentRuns() {
        BatchData data = BatchData.load(batch("p", 12));
        Map<Integer, Double> base = data.outcome("baseline", "0", "ever_employed_share");
        Map<Integer, Double> other = data.outcome("fortnightly", "0", "ever_employed_share");
        double[] a = base.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = other.values().stream().mapToDouble(Double::doubleValue).toArray();
        Estimates.Paired paired = Estimates.paired(a, b);
        double pairedHalf = (paired.high() - paired.low()) / 2;
        double independentHalf = Estimates.independentHalfWidth(a, b);
        assertTrue(pairedHalf < 0.7 * independentHalf, "paired " + pairedHalf + " vs independent " + independentHalf);
        assertEquals(12, Analysis.of(data).effects().stream().filter(e -> e.outcome().equals("ever_employed_share")
                && e.variant().equals("fortnightly")).findFirst().orElseThrow().pairs());
    }

    @Test
    void oneReplicationGivesIntervalsAsNotAvailable() throws IOException {
        String page = Files.readString(Report.write(batch("one", 1), ENGLISH));
        assertTrue(page.contains("(no interval with 1 replication(s))"), "not reported as zero");
        assertTrue(page.contains("a cost per extra person in work at the horizon needs at least two replications"), "ratio with one replication");
    }

    @Test
    void aFailedRunIsNotedAndBadFoldersAreRefused() throws IOException {
        Path dir = tmp.resolve("failed");
        new BatchRunner((spec, rec) -> {
            if (spec.runId() == 1) {
                throw new IllegalStateException("boom");
            }
            return ModelRun.execute(spec, rec, true);
        }).run(network, new BatchOptions(1, 2, EventsMode.ALL, Shard.ALL), dir, QUIET);
        AnalysisException unfinished = assertThrows(AnalysisException.class, () -> Report.write(dir));
        assertTrue(unfinished.getMessage().contains("not a finished batch folder"), unfinished.getMessage());
        AnalysisException missing = assertThrows(AnalysisException.class, () -> Report.write(tmp.resolve("nope")));
        assertTrue(missing.getMessage().contains("is not a folder"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (String f : new String[] {"runs.csv", "weekly.csv", "events.csv"}) {
            Files.writeString(empty.resolve(f), "run_id,variant,point,replicate,seed,horizon_weeks,retention_52w\n");
        }
        Files.writeString(empty.resolve("manifest.json"), "{}");
        assertTrue(assertThrows(AnalysisException.class, () -> Report.write(empty)).getMessage().contains("no finished run"));
    }

    @Test
    void eventsOfARunSplitAcrossTheFileAreRefusedNotMiscounted() throws IOException {
        Path dir = batch("split", 2);
        Path events = dir.resolve("events.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(events));
        lines.add(lines.remove(1)); // the first event of run 0 now comes after every other run's
        Files.write(events, lines);
        AnalysisException e = assertThrows(AnalysisException.class, () -> Report.write(dir));
        assertTrue(e.getMessage().contains("the rows of run 0 are not together"), e.getMessage());
    }

    @Test
    void aDamagedCellInRunsCsvIsNamedByLineAndColumn() throws IOException {
        Path dir = batch("damaged", 2);
        Path runs = dir.resolve("runs.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(runs));
        lines.set(2, lines.get(2).replaceFirst(",[^,]*$", ",abc"));
        Files.write(runs, lines);
        AnalysisException e = assertThrows(AnalysisException.class, () -> Report.write(dir));
        String last = lines.get(0).substring(lines.get(0).lastIndexOf(',') + 1);
        assertTrue(e.getMessage().startsWith(runs + ":3: column " + last + " holds 'abc', not a number"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.html")), "no report from damaged tables");
    }

    /**
     * The report says where all users are at the horizon, with those working beside disability
     * benefit next to those on it (values checked against runs.csv), in both languages, and the
     * costs pay their weeks the graded share. A batch without the column (made before work beside
     * the benefit) leaves the column out and says its disability benefit is counted in full.
     */
    @Test
    void theReportShowsWorkBesideDisabilityBenefitAtTheHorizonAndItsGradedCost() throws IOException {
        Path dir = batch("w", 4);
        org.inclusim.io.CsvReader.Table runs = org.inclusim.io.CsvReader.read(dir.resolve("runs.csv"));
        double withWork = runs.rows().stream().filter(r -> r.get(1).equals("baseline"))
                .mapToDouble(r -> Double.parseDouble(r.get(runs.column("disability_with_work_share_horizon")))).average().orElseThrow();
        assertTrue(withWork > 0, "users work beside the benefit at the shipped defaults");
        for (ReportOptions options : List.of(ENGLISH, BOKMAL)) {
            org.inclusim.presentation.Messages m = org.inclusim.presentation.Messages.of(options.language());
            String page = Files.readString(Report.write(dir, options));
            int at = page.indexOf("<h3 id=\"places\">" + m.text("places.title") + "</h3>");
            assertTrue(at >= 0, "where users are at the horizon");
            String table = page.substring(at, page.indexOf("</table>", at));
            assertTrue(table.contains("<th>" + m.stage("disability_benefit") + "</th><th>" + m.text("places.disability_with_work") + "</th>"),
                    "working beside disability benefit right after it");
            String baseline = table.substring(table.indexOf("<tr><td>baseline</td>"));
            List<String> cells = java.util.Arrays.stream(baseline.substring(0, baseline.indexOf("</tr>")).split("</td>"))
                    .map(c -> c.replaceAll("<[^>]*>", "")).toList();
            assertTrue(cells.get(3).startsWith(m.formats().percent(withWork) + " ("), "share working beside the benefit: " + cells);
            assertTrue(page.contains(m.text("places.with_work_note")), "what working beside the benefit means");
            assertTrue(unitCosts(page).contains("<td>disability_with_work</td><td>costs.disabilityBenefitShareWhenWorking</td>"),
                    "the graded share among the unit costs");
            assertTrue(page.contains(m.text("costs.graded_note", m.costItem("disability_benefit"))), "earnings and taxes left out");
        }
        for (String file : List.of("weekly.csv", "runs.csv")) {
            org.inclusim.io.CsvReader.Table table = org.inclusim.io.CsvReader.read(dir.resolve(file));
            int column = table.column(file.equals("runs.csv") ? "disability_with_work_share_horizon" : "disability_with_work");
            List<String> header = new java.util.ArrayList<>(table.header());
            header.remove(column);
            try (org.inclusim.io.CsvTableWriter out = new org.inclusim.io.CsvTableWriter(dir.resolve(file), header)) {
                for (List<String> row : table.rows()) {
                    List<String> cells = new java.util.ArrayList<>(row);
                    cells.remove(column);
                    out.write(cells);
                }
            }
        }
        String older = Files.readString(Report.write(dir, ENGLISH));
        org.inclusim.presentation.Messages en = org.inclusim.presentation.Messages.of(Language.EN);
        String places = older.substring(older.indexOf("<h3 id=\"places\">"), older.indexOf("</table>", older.indexOf("<h3 id=\"places\">")));
        assertFalse(places.contains(en.text("places.disability_with_work")), "no column the batch lacks");
        assertTrue(older.contains(en.text("costs.paid_in_full", en.costItem("disability_benefit"), "disability_with_work",
                "costs.disabilityBenefitShareWhenWorking")), "an older batch says its benefit is counted in full");
        assertFalse(unitCosts(older).contains("<td>costs.disabilityBenefitShareWhenWorking</td>"), "no graded share it does not apply");
    }

    private static String unitCosts(String page) {
        int at = page.indexOf("<h3 id=\"unit-costs\">");
        return page.substring(at, page.indexOf("</table>", at));
    }

    /**
     * With user groups the report compares the groups on the main outcomes, on where their users
     * are at the horizon (in work and in each destination, values checked against runs.csv's group
     * rows) and on each variant's effects within each group, in both languages, group names escaped.
     */
    @Test
    void withUserGroupsTheReportComparesGroupsOnOutcomesDestinationsAndEffects() throws IOException {
        Scenario groups = new ScenarioLoader().load(Path.of("scenarios/user-groups.yaml"));
        Path dir = tmp.resolve("groups");
        new BatchRunner().run(groups, new BatchOptions(2, 3, EventsMode.ALL, Shard.ALL), dir, QUIET);
        Path runsFile = dir.resolve("runs.csv");
        org.inclusim.io.CsvReader.Table runs = org.inclusim.io.CsvReader.read(runsFile);
        int group = runs.column(BatchData.GROUP);
        double education = runs.rows().stream().filter(r -> r.get(1).equals("baseline") && r.get(group).equals("young-adults"))
                .mapToDouble(r -> Double.parseDouble(r.get(runs.column("education_share_horizon")))).average().orElseThrow();
        try (org.inclusim.io.CsvTableWriter out = new org.inclusim.io.CsvTableWriter(runsFile, runs.header())) {
            for (List<String> row : runs.rows()) {
                List<String> cells = new java.util.ArrayList<>(row);
                cells.set(group, row.get(group).replace("ordinary", "ordinary" + markup("group")));
                out.write(cells);
            }
        }
        String ordinary = "ordinary&lt;i id=&quot;pwned-group&quot;&gt;&#39;&amp;&quot;";
        List<String> names = List.of("reduced-capacity", "young-adults", ordinary);
        for (ReportOptions options : List.of(ENGLISH, BOKMAL)) {
            String page = Files.readString(Report.write(dir, options));
            assertFalse(page.contains("<i id=\"pwned-group\""), "group names escaped");
            String section = page.substring(page.indexOf("<h2 id=\"groups\">"), page.indexOf("<h2", page.indexOf("<h2 id=\"groups\">") + 1));
            org.inclusim.presentation.Messages m = org.inclusim.presentation.Messages.of(options.language());
            for (String outcome : List.of("ever_employed_share", "employment_share_horizon", "retention_52w", "mean_weeks_to_first_job")) {
                int at = section.indexOf("<h3 id=\"groups-" + outcome + "\">" + m.outcome(outcome) + "</h3>");
                assertTrue(at >= 0, outcome);
                String table = section.substring(at, section.indexOf("</table>", at));
                names.forEach(g -> assertTrue(table.contains("<tr><td>" + g + "</td>"), outcome + ": a row for " + g));
            }
            int places = section.indexOf("<h3 id=\"groups-places\">");
            assertTrue(places >= 0, "where users are at the horizon");
            String table = section.substring(places, section.indexOf("</table>", places));
            for (String stage : List.of("employed", "disability_benefit", "aap", "education", "work_without_nav", "other")) {
                assertTrue(table.contains("<th>" + m.stage(stage) + "</th>"), "a column for " + stage);
            }
            assertTrue(table.contains("<th>" + m.stage("disability_benefit") + "</th><th>" + m.text("places.disability_with_work") + "</th>"),
                    "working beside disability benefit right after it");
            for (String variant : groups.variants().stream().map(org.inclusim.scenario.Variant::name).toList()) {
                names.forEach(g -> assertTrue(table.contains("<tr><td>" + variant + "</td><td>" + g + "</td>"), variant + " " + g));
            }
            assertTrue(table.contains("<tr><td>baseline</td><td>young-adults</td>"), "baseline young adults");
            String youngAdults = table.substring(table.indexOf("<tr><td>baseline</td><td>young-adults</td>"));
            List<String> cells = java.util.Arrays.stream(youngAdults.substring(0, youngAdults.indexOf("</tr>")).split("</td>"))
                    .map(c -> c.replaceAll("<[^>]*>", "")).toList();
            assertTrue(cells.get(6).startsWith(m.formats().percent(education) + " ("), "education share of young adults: " + cells);
            int effects = section.indexOf("<h3 id=\"groups-effects\">");
            assertTrue(effects >= 0, "effects by group");
            assertSharesWithinZeroToHundred(section.substring(0, effects), m);
            for (int i = 0; i < names.size(); i++) {
                int at = section.indexOf("<h4 id=\"groups-effects-" + i + "\">" + m.text("groups.effects_for", "").strip());
                assertTrue(at > effects && section.substring(at, section.indexOf("</h4>", at)).contains(names.get(i)), names.get(i));
                String rows = section.substring(at, section.indexOf("</table>", at));
                assertEquals(4 * (groups.variants().size() - 1), rows.split("<tr><td>").length - 1, "each variant and main outcome");
            }
        }
    }

    /**
     * Every percentage among the groups' levels (not their effects, which are differences) lies
     * within 0 to 100 %: a share's interval is clipped to [0, 1], and with three replications the
     * small groups' shares near 0 have plain t intervals below it, so some bound is exactly 0 %.
     */
    private static void assertSharesWithinZeroToHundred(String levels, org.inclusim.presentation.Messages m) {
        java.util.regex.Matcher percent = java.util.regex.Pattern.compile("(-?[0-9.,\u00a0\u2212]+)\u00a0%").matcher(levels);
        int shares = 0;
        boolean atZero = false;
        while (percent.find()) {
            String number = percent.group(1).replace("\u00a0", "").replace(',', '.').replace('\u2212', '-');
            double value = Double.parseDouble(number);
            assertTrue(value >= 0 && value <= 100, "a share outside 0 to 100 %: " + percent.group());
            atZero |= percent.group().equals(m.formats().percent(0));
            shares++;
        }
        assertTrue(shares > 50, "the levels were read: " + shares);
        assertTrue(atZero, "some interval is clipped at 0 %");
    }

    /** Markup naming its field, so a leak says where it came from. */
    private static String markup(String field) {
        return "<i id=\"pwned-" + field + "\">'&\"";
    }

    @Test
    @SuppressWarnings("unchecked")
    void markupInAnyTextFieldIsEscapedInTheReport() throws IOException {
        Path dir = batch("markup", 3);
        Map<String, String> variants = Map.of("baseline", "base" + markup("variant"), "fortnightly", "fortnightly" + markup("variant2"));
        for (String table : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv")) {
            Path file = dir.resolve(table);
            org.inclusim.io.CsvReader.Table t = org.inclusim.io.CsvReader.read(file);
            int variant = t.column("variant");
            int point = t.column("point");
            try (org.inclusim.io.CsvTableWriter out = new org.inclusim.io.CsvTableWriter(file, t.header())) {
                for (List<String> row : t.rows()) {
                    List<String> cells = new java.util.ArrayList<>(row);
                    cells.set(variant, variants.getOrDefault(row.get(variant), row.get(variant) + markup("variant3")));
                    cells.set(point, row.get(point) + markup("point"));
                    out.write(cells);
                }
            }
        }
        Path manifestFile = dir.resolve("manifest.json");
        Map<String, Object> manifest = (Map<String, Object>) org.inclusim.io.JsonReader.parse(Files.readString(manifestFile));
        Map<String, Object> scenario = (Map<String, Object>) manifest.get("scenario");
        for (String key : List.of("name", "description", "file", "sha256")) {
            scenario.put(key, scenario.get(key) + markup("scenario-" + key));
        }
        scenario.put("seed", markup("seed"));
        for (Object v : (List<Object>) manifest.get("variants")) {
            Map<String, Object> variant = (Map<String, Object>) v;
            variant.put("name", variants.getOrDefault((String) variant.get("name"), "x" + markup("variant-name")));
            Map<String, Object> overrides = (Map<String, Object>) variant.get("overrides");
            overrides.put("mentors.network" + markup("override-key"), markup("override-value"));
        }
        Map<String, Object> parameters = (Map<String, Object>) manifest.get("parameters");
        parameters.put("placement.plannedWeeks" + markup("parameter-name"), markup("parameter-value"));
        Files.writeString(manifestFile, org.inclusim.io.Json.write(manifest));
        String page = Files.readString(Report.write(dir));
        java.util.regex.Matcher leak = java.util.regex.Pattern.compile("<i id=\"pwned-[a-z0-9-]+\"").matcher(page);
        assertFalse(leak.find(), () -> "unescaped markup in report.html: " + leak.group());
        List<String> shown = java.util.stream.Stream.of("variant", "variant2", "point", "scenario-name", "scenario-description",
                "scenario-file", "scenario-sha256", "seed", "override-key", "override-value", "parameter-name", "parameter-value")
                .filter(field -> page.contains("&lt;i id=&quot;pwned-" + field + "&quot;&gt;&#39;&amp;&quot;")).toList();
        assertTrue(shown.containsAll(List.of("variant", "variant2", "scenario-name", "scenario-description", "parameter-value")),
                "the markup reached the page, escaped, in the fields it shows: " + shown);
    }
}
