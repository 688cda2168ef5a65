package org.inclusim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.BurnoutRate;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.io.OutputFolder;

/**
 * Turns a batch folder into statistics ({@code analysis/*.csv}), charts ({@code charts/*.png})
 * and a self-contained {@code report.html} (images embedded, no network) for readers who do not
 * use notebooks: a plain-language summary first, then the effects, retention, burnout, stages,
 * the scenario and the methods.
 */
public final class Report {
    /**
     * Outcomes in the plain-language summary: column (of runs.csv, or a per-run survival summary
     * of the analysis), label, and kind ("share": shown in points; others in their unit).
     */
    static final List<String[]> HEADLINES = List.of(
            new String[] {"ever_employed_share", "the share of users ever employed", "share"},
            new String[] {"retention_52w", "52-week retention of first jobs", "share"},
            new String[] {"job_rmst_104w", "the mean length of jobs within their first two years", "weeks"},
            new String[] {"employment_share_horizon", "the share employed at the horizon", "share"},
            new String[] {"burnout_per_100_mentor_years", "mentor burnout (episodes per 100 mentor-years)", "rate"},
            new String[] {"mentor_pool_end", "the mentor pool at the end (mentors)", "count"});

    private Report() {
    }

    /** What a report adds to a batch folder. */
    static final List<String> OUTPUTS = List.of("analysis", "charts", "report.html");
    private static final String STAGING_PREFIX = ".report-partial-";

    /**
     * Writes analysis/, charts/ and report.html into the batch folder (replacing an earlier
     * report); returns report.html. They are written into a hidden staging folder first and swapped
     * in only when all are complete; if the swap fails (a file held open elsewhere), the earlier
     * report is put back. So a failure leaves the previous report, or none, never half of one. A
     * staging folder left by a report that was stopped is removed by the next one.
     */
    public static Path write(Path batchDir) throws IOException {
        BatchData data = BatchData.load(batchDir);
        removeStaleStaging(batchDir);
        Path staging = Files.createTempDirectory(batchDir, STAGING_PREFIX);
        try {
            render(data, staging);
            swapIn(batchDir, staging);
        } finally {
            OutputFolder.deleteTree(staging);
        }
        return batchDir.resolve("report.html");
    }

    /** Moves the earlier outputs aside, the new ones in; on a failed move, restores the earlier ones. */
    private static void swapIn(Path batchDir, Path staging) throws IOException {
        Path aside = Files.createDirectory(staging.resolve(".earlier"));
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String name : OUTPUTS) {
                if (Files.exists(batchDir.resolve(name))) {
                    Files.move(batchDir.resolve(name), aside.resolve(name));
                    movedAside.add(name);
                }
            }
            for (String name : OUTPUTS) {
                Files.move(staging.resolve(name), batchDir.resolve(name));
                movedIn.add(name);
            }
        } catch (IOException e) {
            for (String name : movedIn) {
                OutputFolder.deleteTree(batchDir.resolve(name));
            }
            for (String name : movedAside) {
                Files.move(aside.resolve(name), batchDir.resolve(name));
            }
            throw e;
        }
    }

    private static void removeStaleStaging(Path batchDir) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(batchDir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                OutputFolder.deleteTree(p);
            }
        }
    }

    private static void render(BatchData data, Path dir) throws IOException {
        Analysis analysis = Analysis.of(data);
        analysis.writeCsv(dir.resolve("analysis"));
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Map<String, Path> images = charts(analysis, charts);
        SensitivityAnalysis sensitivity = SensitivityAnalysis.of(data);
        if (sensitivity != null) {
            sensitivity.writeCsv(dir.resolve("analysis").resolve("sensitivity.csv"));
            for (String outcome : sensitivity.rows().stream().map(SensitivityAnalysis.Row::outcome).distinct().toList()) {
                put(images, charts, "sensitivity_" + outcome, Charts.intervals("Sensitivity of " + outcome.replace('_', ' ')
                        + " (" + sensitivity.method() + ", bootstrap 95 % CI)", "index", sensitivityBars(sensitivity, outcome)));
            }
        }
        Files.writeString(dir.resolve("report.html"), new HtmlReport(analysis, images, sensitivity).render());
    }

    private static Map<String, Path> charts(Analysis a, Path dir) throws IOException {
        List<String> variants = a.data().variants();
        String point = a.data().points().get(0);
        Map<String, Path> images = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> shares = new LinkedHashMap<>();
        for (String[] h : HEADLINES) {
            if (h[2].equals("share")) {
                Map<String, double[]> byVariant = new LinkedHashMap<>();
                for (String v : variants) {
                    byVariant.put(v, Charts.meanHalf(a.summary(v, point, h[0]), 100));
                }
                shares.put(h[0].replace('_', ' '), byVariant);
            }
        }
        put(images, dir, "outcomes", Charts.intervals("Main outcomes by variant (mean, 95 % CI)", "percent of users", shares));
        if (a.hasTrajectories()) {
            put(images, dir, "job_retention", Charts.survival("Job retention (pooled Kaplan-Meier, 95 % log-log band)",
                    "share of job spells still running", a.jobRetention(), variants));
            put(images, dir, "cumulative_incidence", Charts.incidence("First job or leaving the measure (Aalen-Johansen, pooled)",
                    a.incidence(), variants));
            put(images, dir, "state_distribution", Charts.stateDistribution("Stages by week since referral: "
                    + a.data().baseline(), a.trajectories().stages(), a.trajectories().stateDistribution(a.data().baseline())));
        }
        Map<String, Map<String, double[]>> burnout = new LinkedHashMap<>();
        Map<String, double[]> rates = new LinkedHashMap<>();
        for (String v : variants) {
            BurnoutRate r = a.burnout(v, point).per100MentorYears();
            rates.put(v, new double[] {r.rate(), (r.high() - r.low()) / 2});
        }
        burnout.put("burnout episodes per 100 mentor-years", rates);
        put(images, dir, "burnout", Charts.intervals("Mentor burnout (" + burnoutIntervalName(a, point) + " 95 % CI)",
                "episodes per 100 mentor-years", burnout));
        put(images, dir, "mentor_pool", Charts.bands("Mentor pool over time (mean, 95 % band)", "mentors in role",
                a.weeklyBands(), "mentor_pool", variants, 1));
        put(images, dir, "employed_share", Charts.bands("Users employed over time (mean, 95 % band)", "percent of users referred",
                a.weeklyBands(), "share_employed", variants, 100));
        return images;
    }

    /** Which interval the burnout rates at {@code point} show: quasi-Poisson over replicates, exact Poisson, or both. */
    static String burnoutIntervalName(Analysis a, String point) {
        List<BurnoutRate.Interval> kinds = a.data().variants().stream()
                .map(v -> a.burnout(v, point).per100MentorYears().interval()).distinct().toList();
        if (kinds.size() > 1) {
            return "quasi-Poisson or exact Poisson";
        }
        return kinds.get(0) == BurnoutRate.Interval.QUASI_POISSON ? "quasi-Poisson" : "exact Poisson";
    }

    private static void put(Map<String, Path> images, Path dir, String name, org.jfree.chart.JFreeChart chart) throws IOException {
        Path file = dir.resolve(name + ".png");
        Charts.save(chart, file);
        images.put(name, file);
    }

    /** The plain-language sentences of the summary. */
    static List<String> sentences(Analysis a) {
        List<String> out = new ArrayList<>();
        String baseline = a.data().baseline();
        String point = a.data().points().get(0);
        for (Analysis.EffectRow e : a.effects()) {
            if (!e.point().equals(point)) {
                continue;
            }
            for (String[] h : HEADLINES) {
                if (h[0].equals(e.outcome())) {
                    out.add(sentence(e, h, baseline));
                }
            }
        }
        if (out.isEmpty()) {
            for (String[] h : HEADLINES) {
                Estimates.Summary s = a.summary(baseline, point, h[0]);
                if (s == null) {
                    continue;
                }
                out.add(String.format(Locale.ROOT, "%s: %s is %s.", baseline, h[1], interval(s.mean(), s.low(), s.high(), h[2])));
            }
        }
        return out;
    }

    private static String sentence(Analysis.EffectRow e, String[] h, String baseline) {
        boolean share = h[2].equals("share");
        double scale = share ? 100 : 1;
        String unit = share ? " points" : h[2].equals("weeks") ? " weeks" : "";
        if (Double.isNaN(e.low())) {
            return String.format(Locale.ROOT, "%s changes %s by %s%s compared with %s (interval not available with %d replication%s).",
                    e.variant(), h[1], number(e.difference() * scale), unit, baseline, e.pairs(), e.pairs() == 1 ? "" : "s");
        }
        String ci = String.format(Locale.ROOT, "(95 %% CI %s to %s)", number(e.low() * scale), number(e.high() * scale));
        if (e.low() > 0 || e.high() < 0) {
            String verb = e.difference() > 0 ? "raises" : "lowers";
            return String.format(Locale.ROOT, "%s %s %s by %s%s %s compared with %s.", e.variant(), verb, h[1],
                    number(Math.abs(e.difference() * scale)), unit, ci, baseline);
        }
        return String.format(Locale.ROOT, "%s does not clearly change %s: %s%s %s compared with %s.", e.variant(), h[1],
                number(e.difference() * scale), unit, ci, baseline);
    }

    static String interval(double mean, double low, double high, String kind) {
        double scale = kind.equals("share") ? 100 : 1;
        String unit = kind.equals("share") ? " %" : kind.equals("weeks") ? " weeks" : "";
        if (Double.isNaN(low)) {
            return number(mean * scale) + unit + " (interval not available)";
        }
        return String.format(Locale.ROOT, "%s%s (95 %% CI %s to %s)", number(mean * scale), unit, number(low * scale), number(high * scale));
    }

    static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.1f", x);
    }

    /** Index values by parameter and index kind, with half the bootstrap interval's width as whisker. */
    private static Map<String, Map<String, double[]>> sensitivityBars(SensitivityAnalysis s, String outcome) {
        Map<String, Map<String, double[]>> bars = new LinkedHashMap<>();
        for (SensitivityAnalysis.Row r : s.rows()) {
            if (r.outcome().equals(outcome)) {
                bars.computeIfAbsent(r.parameter(), k -> new LinkedHashMap<>())
                        .put(r.index(), new double[] {r.value(), Double.isNaN(r.low()) ? Double.NaN : (r.high() - r.low()) / 2});
            }
        }
        return bars;
    }

    static String dataUri(Path png) throws IOException {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    }
}
