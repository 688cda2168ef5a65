package org.inclusim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.PoissonRate;
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
        sb.append("<table><tr><th>variant</th><th>point</th><th>outcome</th><th>baseline</th><th>variant</th>"
                + "<th>difference (95 % CI)</th><th>Wilcoxon p</th><th>Holm p</th><th>replications for &plusmn;10 %</th></tr>\n");
        for (Analysis.EffectRow e : a.effects()) {
            if (Report.HEADLINES.stream().noneMatch(h -> h[0].equals(e.outcome()))) {
                continue;
            }
            sb.append("<tr><td>").append(esc(e.variant())).append("</td><td>").append(e.point()).append("</td><td>")
                    .append(e.outcome()).append("</td><td>").append(f(e.baselineMean())).append("</td><td>")
                    .append(f(e.variantMean())).append("</td><td>").append(f(e.difference()))
                    .append(Double.isNaN(e.low()) ? " (n/a)" : " (" + f(e.low()) + " to " + f(e.high()) + ")")
                    .append("</td><td>").append(f(e.wilcoxonP())).append("</td><td>").append(f(e.holmP()))
                    .append("</td><td>").append(Double.isNaN(e.replicationsNeeded()) ? "n/a" : String.valueOf((long) e.replicationsNeeded()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">All outcomes are in <code>analysis/effects.csv</code>.</p>\n");
    }

    private void retention() throws IOException {
        sb.append("<h2>Job retention</h2>\n");
        if (!a.hasTrajectories()) {
            sb.append("<p>The batch was run without trajectories (<code>--events none</code>), so retention curves are not "
                    + "available; run it with <code>--events all</code> or <code>sample:K</code>.</p>\n");
            return;
        }
        image("job_retention", "Kaplan-Meier curves of job spells");
        sb.append("<table><tr><th>variant</th><th>job spells</th><th>median tenure (weeks)</th><th>26 weeks</th>"
                + "<th>52 weeks</th><th>104 weeks</th><th>log-rank p vs baseline</th></tr>\n");
        for (Analysis.SurvivalRow r : a.jobRetention().values()) {
            sb.append("<tr><td>").append(esc(r.variant())).append("</td><td>").append(r.spells()).append("</td><td>")
                    .append(f(r.median())).append("</td><td>").append(f(r.at26())).append("</td><td>").append(f(r.at52()))
                    .append("</td><td>").append(f(r.at104())).append("</td><td>").append(f(r.logRankP())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        image("time_to_first_job", "Time from referral to first job");
    }

    private void burnout() throws IOException {
        sb.append("<h2>Mentor burnout</h2>\n");
        image("burnout", "Burnout incidence");
        sb.append("<table><tr><th>variant</th><th>episodes</th><th>mentor-years</th><th>per 100 mentor-years (95 % CI)</th>"
                + "<th>share ever burnt out</th><th>strain carried by the top 10 %</th></tr>\n");
        for (Analysis.BurnoutRow b : a.burnout().values()) {
            PoissonRate r = b.per100MentorYears();
            sb.append("<tr><td>").append(esc(b.variant())).append("</td><td>").append(r.events()).append("</td><td>")
                    .append(f(r.exposure())).append("</td><td>").append(f(r.rate())).append(" (").append(f(r.low()))
                    .append(" to ").append(f(r.high())).append(")</td><td>").append(f(b.everBurntOutShare().mean()))
                    .append("</td><td>").append(f(b.top10StrainShare().mean())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
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
                        + "numbers), so effects are estimated from paired differences: mean difference with a 95 % paired t "
                        + "interval, the Wilcoxon signed-rank p-value, and Holm's adjustment over the variants compared. "
                        + "Replications needed: for a 95 % interval of half-width 10 % of the baseline mean. Job retention and "
                        + "time to first job are Kaplan-Meier curves with Greenwood 95 % bands, compared with the baseline by "
                        + "the log-rank test. Burnout incidence has exact (Garwood) Poisson intervals. With one replication "
                        + "intervals are not available. Formulas: docs/statistics.md.</p>\n");
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
