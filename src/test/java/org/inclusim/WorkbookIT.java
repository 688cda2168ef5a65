package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inclusim.io.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analysis/inclusim.xlsx opened by a real spreadsheet program: LibreOffice (headless) converts
 * every sheet back to CSV, and each holds the same numbers as the CSV file it mirrors (with user
 * groups, the group sheets too).
 */
class WorkbookIT {
    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    /** LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, raw values (not as shown), every sheet. */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    Path tmp;

    /** Runs a batch of {@code scenario} with the packaged jar; returns its analysis folder. */
    private Path batch(String scenario, String language) throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed here (apt-get install libreoffice-calc-nogui); "
                + ".ci/run installs it");
        Path batch = tmp.resolve("batch-" + Path.of(scenario).getFileName());
        Process b = new ProcessBuilder("java", "-jar", "target/inclusim.jar", "batch", scenario,
                "--replications", "4", "--quiet", "--lang", language, "--out", batch.toString()).inheritIO().start();
        assertEquals(0, b.waitFor());
        return batch.resolve("analysis");
    }

    /** LibreOffice converts every sheet of the analysis folder's workbook to CSV; returns the folder of the sheets. */
    private Path sheets(Path analysis) throws Exception {
        Path out = tmp.resolve("sheets-" + analysis.getParent().getFileName());
        Process lo = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(), "--convert-to", CSV_FILTER, "--outdir", out.toString(),
                analysis.resolve("inclusim.xlsx").toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("lo.log").toFile())
                .start();
        assertTrue(lo.waitFor(3, TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, lo.exitValue(), Files.readString(tmp.resolve("lo.log")));
        return out;
    }

    @Test
    void libreOfficeReadsTheSameNumbersAsTheCsvFiles() throws Exception {
        Path analysis = batch("scenarios/mentor-network.yaml", "nb");
        Path out = sheets(analysis);
        assertFalse(Files.exists(out.resolve("inclusim-summary_by_group.csv")) || Files.exists(analysis.resolve("summary_by_group.csv")),
                "no group sheets or files without user groups");
        sameNumbers(CsvReader.read(out.resolve("inclusim-summary.csv")), rows(analysis, "summary.csv"), "summary");
        List<List<String>> effects = rows(analysis, "effects.csv");
        List<List<String>> spending = rows(analysis, "cost_effects.csv");
        effects.addAll(spending.subList(1, spending.size()));
        sameNumbers(CsvReader.read(out.resolve("inclusim-effects.csv")), effects, "effects");
        sameNumbers(CsvReader.read(out.resolve("inclusim-costs.csv")), rows(analysis, "costs.csv"), "costs");
        sameNumbers(CsvReader.read(out.resolve("inclusim-costs_by_year.csv")), rows(analysis, "costs_by_year.csv"), "costs_by_year");
        sameNumbers(CsvReader.read(out.resolve("inclusim-cost_effectiveness.csv")), rows(analysis, "cost_effectiveness.csv"),
                "cost_effectiveness");
        String parameters = Files.readString(out.resolve("inclusim-parameters.csv"));
        assertTrue(parameters.contains("costs.adviserHourNok,850,850,850,850,kr per time,"), "parameters per variant with unit, in bokmål");
        assertTrue(parameters.contains(org.inclusim.presentation.Messages.of(org.inclusim.presentation.Language.NB)
                .text("parameter.costs.adviserHourNok")), "each parameter's meaning in the report's language");
        assertTrue(Files.readString(out.resolve("inclusim-costs.csv")).contains("tid hos NAV-veileder"), "labels in the report's language");
    }

    /**
     * With user groups (scenarios/user-groups.yaml: three groups, four variants) the workbook has
     * the sheets summary_by_group and effects_by_group, each the CSV file of the same name with an
     * English label column; their means are the means of runs.csv's group rows, every variant,
     * group and outcome counted by group has a row, and a share's interval lies within 0 to 1.
     */
    @Test
    void withUserGroupsTheWorkbookHasASummaryAndEffectsSheetByGroup() throws Exception {
        Path analysis = batch("scenarios/user-groups.yaml", "en");
        Path out = sheets(analysis);
        CsvReader.Table summary = CsvReader.read(out.resolve("inclusim-summary_by_group.csv"));
        sameNumbers(summary, rows(analysis, "summary_by_group.csv"), "summary_by_group");
        sameNumbers(CsvReader.read(out.resolve("inclusim-effects_by_group.csv")), rows(analysis, "effects_by_group.csv"), "effects_by_group");
        CsvReader.Table runs = CsvReader.read(analysis.getParent().resolve("runs.csv"));
        List<String> groups = List.of("reduced-capacity", "young-adults", "ordinary");
        int checked = 0;
        for (List<String> row : summary.rows()) {
            String variant = row.get(summary.column("variant"));
            String group = row.get(summary.column("group"));
            String outcome = row.get(summary.column("outcome"));
            assertTrue(groups.contains(group), group);
            double mean = runs.rows().stream().filter(r -> r.get(runs.column("variant")).equals(variant)
                    && r.get(runs.column("group")).equals(group) && !r.get(runs.column(outcome)).isEmpty())
                    .mapToDouble(r -> Double.parseDouble(r.get(runs.column(outcome)))).average().orElse(Double.NaN);
            String cell = row.get(summary.column("mean"));
            if (!cell.isEmpty()) {
                assertEquals(mean, Double.parseDouble(cell), 1e-9, variant + " " + group + " " + outcome);
                checked++;
            }
            if (org.inclusim.analysis.ShareOutcomes.isShare(outcome) && !row.get(summary.column("ci_low")).isEmpty()) {
                assertTrue(Double.parseDouble(row.get(summary.column("ci_low"))) >= 0
                        && Double.parseDouble(row.get(summary.column("ci_high"))) <= 1, "a share's interval: " + row);
            }
        }
        List<String> outcomes = summary.rows().stream().map(r -> r.get(summary.column("outcome"))).distinct().toList();
        assertTrue(outcomes.containsAll(List.of("users_total", "ever_employed_share", "retention_52w", "mean_weeks_to_first_job",
                "education_share_horizon")) && !outcomes.contains("mentors_ever") && !outcomes.contains("adviser_hours"),
                "the user outcomes, which are counted by group, and no mentor or adviser outcome: " + outcomes);
        assertEquals(4 * groups.size() * outcomes.size(), summary.rows().size(), "every variant, group and outcome");
        assertTrue(checked > 4 * groups.size() * (outcomes.size() - 2), "means checked against runs.csv: " + checked);
        assertTrue(summary.rows().stream().anyMatch(r -> r.get(summary.column("outcome")).equals("ever_employed_share")
                && r.get(summary.column("label")).equals("the share of users ever employed")), "labels in the report's language");
    }

    /** The CSV file's rows, the header first. */
    private static List<List<String>> rows(Path dir, String file) throws Exception {
        CsvReader.Table t = CsvReader.read(dir.resolve(file));
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        rows.addAll(t.rows());
        return rows;
    }

    /** Every column of the CSV is in the sheet, row by row, numbers equal to the CSV's six decimals. */
    private static void sameNumbers(CsvReader.Table sheet, List<List<String>> csv, String name) {
        List<String> header = csv.get(0);
        assertEquals(csv.size() - 1, sheet.rows().size(), name + ": rows");
        for (int c = 0; c < header.size(); c++) {
            int s = sheet.column(header.get(c));
            assertTrue(s >= 0, name + ": sheet has column " + header.get(c));
            for (int r = 1; r < csv.size(); r++) {
                String expected = c < csv.get(r).size() ? csv.get(r).get(c) : "";
                String actual = s < sheet.rows().get(r - 1).size() ? sheet.rows().get(r - 1).get(s) : "";
                String where = name + " row " + r + " column " + header.get(c);
                if (isNumber(expected)) {
                    double e = Double.parseDouble(expected);
                    assertTrue(isNumber(actual), where + ": '" + actual + "' is a number");
                    assertEquals(e, Double.parseDouble(actual), 1e-6 * Math.max(1, Math.abs(e)), where);
                } else {
                    assertEquals(expected, actual, where);
                }
            }
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
