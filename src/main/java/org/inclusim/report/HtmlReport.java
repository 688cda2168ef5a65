package org.inclusim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BurnoutRate;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.RunSurvival;
import org.inclusim.analysis.SensitivityAnalysis;

/** Renders report.html: self-contained (images as data URIs), readable without a network. */
final class HtmlReport {
    private final Analysis a;
    private final Map<String, Path> images;
    private final SensitivityAnalysis sensitivity;
    private final StringBuilder sb = new StringBuilder();

    HtmlReport(Analysis a, Map<String, Path> images, SensitivityAnalysis sensitivity) {
        this.a = a;
        this.images = images;
        this.sensitivity = sensitivity;
    }

    @SuppressWarnings("unchecked")
    String render() throws IOException {
        Map<String, Object> scenario = (Map<String, Object>) a.data().manifest().getOrDefault("scenario", Map.of());
        String name = String.valueOf(scenario.getOrDefault("name", a.data().folder().getFileName()));
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>inclusim report: ")
                .append(esc(name)).append("</title>\n<style>body{font-family:sans-serif;max-width:1250px;margin:2em auto;"
                        + "line-height:1.45;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
                        + "padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
                        + "img{max-width:100%;border:1px solid #ddd}.summary li{margin:.4em 0}.note{color:#555}</style>\n"
                        + "<script>window.addEventListener('load',function(){var n=0;for(var i=0;i<document.images.length;i++)"
                        + "{var im=document.images[i];if(im.complete&&im.naturalWidth>0)n++;}document.body.setAttribute("
                        + "'data-images-loaded',n);document.body.setAttribute('data-images-total',document.images.length);});"
                        + "</script></head>\n<body>\n");
        sb.append("<h1>inclusim report: ").append(esc(name)).append("</h1>\n");
        sb.append("<p><em>").append(esc(String.valueOf(scenario.getOrDefault("description", "")))).append("</em></p>\n");
        summary();
        effects();
        retention();
        competingRisks();
        burnout();
        stages();
        sensitivity();
        scenario(scenario);
        methods();
        return sb.append("</body></html>\n").toString();
    }

    private void summary() throws IOException {
        sb.append("<h2 id=\"summary\">Summary</h2>\n<ul class=\"summary\">\n");
        for (String s : Report.sentences(a)) {
            sb.append("<li>").append(esc(s)).append("</li>\n");
        }
        sb.append("</ul>\n");
        long unfinished = a.data().unfinishedRuns();
        if (unfinished > 0) {
            sb.append("<p class=\"note\">").append(unfinished).append(" run(s) of the plan failed or are not finished; "
                    + "the statistics use the finished runs only. Rerun the batch to complete it.</p>\n");
        }
        image("outcomes", "Main outcomes by variant");
    }

    private void effects() {
        sb.append("<h2>Effects against the baseline (").append(esc(a.data().baseline())).append(")</h2>\n");
        if (a.effects().isEmpty()) {
            sb.append("<p>The scenario has one variant, so there is nothing to compare.</p>\n");
            return;
        }
        effectTable(a.effects().stream().filter(e -> Report.HEADLINES.stream().anyMatch(h -> h[0].equals(e.outcome()))).toList(),
                true);
        sb.append("<p class=\"note\">All outcomes are in <code>analysis/effects.csv</code>.</p>\n");
    }

    /** Paired effects: difference with its 95 % paired t interval, Wilcoxon p, Holm p over the variants. */
    private void effectTable(List<Analysis.EffectRow> rows, boolean withReplications) {
        sb.append("<table><tr><th>variant</th><th>point</th><th>outcome</th><th>baseline</th><th>variant</th>"
                + "<th>difference (95 % CI)</th><th>Wilcoxon p</th><th>Holm p</th>")
                .append(withReplications ? "<th>replications for &plusmn;10 %</th>" : "").append("</tr>\n");
        for (Analysis.EffectRow e : rows) {
            sb.append("<tr><td>").append(esc(e.variant())).append("</td><td>").append(esc(e.point())).append("</td><td>")
                    .append(esc(e.outcome())).append("</td><td>").append(f(e.baselineMean())).append("</td><td>")
                    .append(f(e.variantMean())).append("</td><td>").append(f(e.difference()))
                    .append(Double.isNaN(e.low()) ? " (n/a)" : " (" + f(e.low()) + " to " + f(e.high()) + ")")
                    .append("</td><td>").append(f(e.wilcoxonP())).append("</td><td>").append(f(e.holmP())).append("</td>");
            if (withReplications) {
                sb.append("<td>").append(Double.isNaN(e.replicationsNeeded()) ? "n/a" : String.valueOf((long) e.replicationsNeeded()))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    /** The effect rows of the first design point for the given outcomes, in outcome order. */
    private List<Analysis.EffectRow> effectsOf(List<String> outcomes) {
        String point = a.data().points().get(0);
        List<Analysis.EffectRow> rows = new ArrayList<>();
        for (String outcome : outcomes) {
            for (String v : a.data().variants().subList(1, a.data().variants().size())) {
                Analysis.EffectRow e = a.effect(v, point, outcome);
                if (e != null) {
                    rows.add(e);
                }
            }
        }
        return rows;
    }

    private void retention() throws IOException {
        sb.append("<h2>Job retention</h2>\n");
        if (!a.hasTrajectories()) {
            sb.append("<p>The batch was run without trajectories (<code>--events none</code>), so retention curves are not "
                    + "available; run it with <code>--events all</code> or <code>sample:K</code>.</p>\n");
            return;
        }
        image("job_retention", "Kaplan-Meier curves of job spells");
        sb.append("<p>The curves and the table below pool the job spells of all runs of a variant (every job, not only first "
                + "jobs; so they differ from <code>retention_26w</code> etc. in <code>runs.csv</code>, which follow first jobs "
                + "run by run). The log-rank test allows for spells of one replicate being alike (robust variance, "
                + "clustered by replicate).</p>\n");
        sb.append("<table><tr><th>variant</th><th>job spells</th><th>median tenure (weeks)</th><th>26 weeks</th>"
                + "<th>52 weeks</th><th>104 weeks</th><th>log-rank p vs baseline, clustered by replicate</th></tr>\n");
        for (Analysis.SurvivalRow r : a.jobRetention().values()) {
            sb.append("<tr><td>").append(esc(r.variant())).append("</td><td>").append(r.spells()).append("</td><td>")
                    .append(f(r.median())).append("</td><td>").append(f(r.at26())).append("</td><td>").append(f(r.at52()))
                    .append("</td><td>").append(f(r.at104())).append("</td><td>").append(f(r.test().p())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<String> perRun = new ArrayList<>();
        RunSurvival.WEEKS.forEach(w -> perRun.add(RunSurvival.survival(w)));
        perRun.add(RunSurvival.RMST);
        if (a.data().variants().size() > 1) {
            sb.append("<p>With the replicate as the unit: each run's own Kaplan-Meier curve gives the share of its job spells "
                    + "that lasted 26, 52 and 104 weeks (<code>job_survival_*</code>) and the mean weeks a job lasts within its "
                    + "first ").append(RunSurvival.RESTRICTED_WEEKS).append(" weeks (<code>").append(RunSurvival.RMST)
                    .append("</code>, restricted mean); variants are compared with the baseline replicate by replicate.</p>\n");
            effectTable(effectsOf(perRun), false);
        }
    }

    private void competingRisks() throws IOException {
        if (!a.hasTrajectories()) {
            return;
        }
        sb.append("<h2>First job or leaving the measure</h2>\n");
        image("cumulative_incidence", "Cumulative incidence of a first job and of leaving the measure");
        sb.append("<p>From referral, each user either gets a first job or leaves the measure first (to ")
                .append(esc(String.join(", ", a.causes().subList(1, a.causes().size()))))
                .append("), or is still in the measure at the horizon. These are competing events: the Aalen-Johansen "
                        + "cumulative incidence gives the share who have had each by a given week. The chart pools all runs; "
                        + "the table gives the mean over replicates of each run's own estimate with its 95 % t interval.</p>\n");
        String point = a.data().points().get(0);
        sb.append("<table><tr><th>variant</th><th>event</th>");
        RunSurvival.WEEKS.forEach(w -> sb.append("<th>by ").append(w).append(" weeks (95 % CI)</th>"));
        sb.append("</tr>\n");
        List<Analysis.IncidenceRow> rows = a.incidenceRows(point);
        for (int i = 0; i < rows.size(); i += RunSurvival.WEEKS.size()) {
            sb.append("<tr><td>").append(esc(rows.get(i).variant())).append("</td><td>").append(esc(rows.get(i).cause()))
                    .append("</td>");
            for (int k = i; k < i + RunSurvival.WEEKS.size(); k++) {
                Estimates.Summary s = rows.get(k).replicates();
                sb.append("<td>").append(f(s.mean())).append(Double.isNaN(s.low()) ? " (n/a)" : " (" + f(s.low()) + " to "
                        + f(s.high()) + ")").append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        if (a.data().variants().size() > 1) {
            List<String> outcomes = new ArrayList<>();
            for (String cause : a.causes()) {
                RunSurvival.WEEKS.forEach(w -> outcomes.add(RunSurvival.incidence(cause, w)));
            }
            effectTable(effectsOf(outcomes), false);
        }
        sb.append("<p class=\"note\">Pooled curves: <code>analysis/cumulative_incidence.csv</code>; every run's values: "
                + "<code>analysis/run_survival.csv</code>.</p>\n");
    }

    private void burnout() throws IOException {
        String point = a.data().points().get(0);
        sb.append("<h2>Mentor burnout</h2>\n");
        image("burnout", "Burnout incidence");
        sb.append("<table><tr><th>variant</th><th>runs</th><th>episodes</th><th>mentor-years</th>"
                + "<th>per 100 mentor-years (95 % CI)</th><th>interval</th><th>dispersion</th>"
                + "<th>share ever burnt out</th><th>strain carried by the top 10 %</th></tr>\n");
        for (String v : a.data().variants()) {
            Analysis.BurnoutRow b = a.burnout(v, point);
            BurnoutRate r = b.per100MentorYears();
            sb.append("<tr><td>").append(esc(b.variant())).append("</td><td>").append(r.runs()).append("</td><td>")
                    .append(r.events()).append("</td><td>").append(f(r.exposure())).append("</td><td>").append(f(r.rate()))
                    .append(" (").append(f(r.low())).append(" to ").append(f(r.high())).append(")</td><td>")
                    .append(r.interval() == BurnoutRate.Interval.QUASI_POISSON ? "quasi-Poisson" : "exact Poisson")
                    .append("</td><td>").append(f(r.dispersion())).append("</td><td>").append(f(b.everBurntOutShare().mean()))
                    .append("</td><td>").append(f(b.top10StrainShare().mean())).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Episodes over mentor-years in role (weeks on burnout leave included), summed "
                + "over runs. Burnout counts can vary more between runs than Poisson counts would; the dispersion measures "
                + "that from the replicates (1 for Poisson counts). The interval is the quasi-Poisson one, widened by the "
                + "dispersion where it is above 1 and never narrower than a Poisson interval; the exact Poisson interval is "
                + "shown only where the dispersion cannot be estimated (one run, or no episodes). "
                + "Variants are compared replicate by replicate in the effects table "
                + "(<code>burnout_per_100_mentor_years</code>).</p>\n");
        image("mentor_pool", "Mentor pool over time");
    }

    private void stages() throws IOException {
        sb.append("<h2>Stages over time</h2>\n");
        image("employed_share", "Share of users employed over time");
        if (a.hasTrajectories()) {
            image("state_distribution", "Stages by week since referral");
        }
        sb.append("<p class=\"note\">Weekly bands for every stage are in <code>analysis/weekly_bands.csv</code>, the state "
                + "distribution of every variant in <code>analysis/state_distribution.csv</code>.</p>\n");
    }

    private void sensitivity() throws IOException {
        if (sensitivity == null) {
            return;
        }
        sb.append("<h2 id=\"sensitivity\">Sensitivity</h2>\n<p>Which assumptions drive the outcomes: ")
                .append(sensitivity.method().equals("sobol")
                        ? "Sobol first-order indices (the share of the output's variance due to one parameter alone) and total "
                        + "indices (including its interactions), from a Saltelli design."
                        : "Morris elementary effects: mu* (mean absolute effect of moving a parameter across its range: "
                        + "importance) and sigma (their spread: interactions or non-linearity).")
                .append(" Intervals are 95 % bootstrap intervals; each design point's output is the mean over replications.</p>\n");
        for (String outcome : sensitivity.rows().stream().map(SensitivityAnalysis.Row::outcome).distinct().toList()) {
            image("sensitivity_" + outcome, "Sensitivity of " + outcome);
        }
        sb.append("<table><tr><th>outcome</th><th>parameter</th><th>index</th><th>value (95 % CI)</th></tr>\n");
        for (SensitivityAnalysis.Row r : sensitivity.rows()) {
            sb.append("<tr><td>").append(esc(r.outcome())).append("</td><td>").append(esc(r.parameter())).append("</td><td>")
                    .append(r.index()).append("</td><td>").append(f(r.value()))
                    .append(Double.isNaN(r.low()) ? "" : " (" + f(r.low()) + " to " + f(r.high()) + ")").append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">All indices: <code>analysis/sensitivity.csv</code>.</p>\n");
    }

    @SuppressWarnings("unchecked")
    private void scenario(Map<String, Object> scenario) {
        sb.append("<h2>Scenario and parameters</h2>\n<table>\n");
        for (String key : List.of("name", "file", "sha256", "seed", "horizon_weeks", "replications", "policy_start_week")) {
            sb.append("<tr><td>").append(key).append("</td><td>").append(esc(String.valueOf(scenario.get(key)))).append("</td></tr>\n");
        }
        sb.append("</table>\n<h3>Variants</h3>\n<ul>\n");
        for (Object v : (List<Object>) a.data().manifest().getOrDefault("variants", List.of())) {
            Map<String, Object> variant = (Map<String, Object>) v;
            sb.append("<li><b>").append(esc(String.valueOf(variant.get("name")))).append("</b> ")
                    .append(esc(String.valueOf(variant.get("overrides")))).append("</li>\n");
        }
        sb.append("</ul>\n<details><summary>All parameters</summary><table>\n");
        for (var e : ((Map<String, Object>) a.data().manifest().getOrDefault("parameters", Map.of())).entrySet()) {
            sb.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(esc(String.valueOf(e.getValue())))
                    .append("</td></tr>\n");
        }
        sb.append("</table></details>\n");
    }

    private void methods() {
        int replications = a.data().runs().rows().size() / Math.max(1, a.data().variants().size() * a.data().points().size());
        sb.append("<h2>Methods</h2>\n<p>").append(a.data().runs().rows().size()).append(" runs: ")
                .append(a.data().variants().size()).append(" variant(s) x ").append(a.data().points().size())
                .append(" design point(s) x about ").append(replications).append(" replications. ")
                .append("Every replicate has its own seed, shared by all variants and points of that replicate (common random "
                        + "numbers), so the replicate is the unit of every comparison: effects are estimated from paired "
                        + "differences, with the mean difference, a 95 % paired t interval, the Wilcoxon signed-rank p-value, "
                        + "and Holm's adjustment over the variants compared. Replications needed: the smallest number for a 95 % "
                        + "interval of half-width 10 % of the baseline mean. Job retention is compared through per-run summaries "
                        + "(each run's Kaplan-Meier survival at 26, 52 and 104 weeks and restricted mean up to ")
                .append(RunSurvival.RESTRICTED_WEEKS).append(" weeks), paired in the same way; the pooled Kaplan-Meier curves "
                        + "(95 % Greenwood bands on the log-log scale) are the picture, and their log-rank test uses a variance "
                        + "clustered by replicate. A first job and leaving the measure are competing events (Aalen-Johansen "
                        + "cumulative incidence, per run and pooled). Burnout incidence has a quasi-Poisson interval from the "
                        + "replicates. Weekly bands are 95 % t intervals over replicates, kept within the range the series can "
                        + "take. With one replication intervals are not available. Formulas: docs/statistics.md.</p>\n");
    }

    private void image(String name, String alt) throws IOException {
        Path png = images.get(name);
        if (png != null) {
            sb.append("<p><img alt=\"").append(esc(alt)).append("\" src=\"").append(Report.dataUri(png)).append("\"></p>\n");
        }
    }

    private static String f(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.3f", x);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
