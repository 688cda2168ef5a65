package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.RunSurvival;

/**
 * Job retention (pooled Kaplan-Meier curves with the clustered log-rank test, and the per-run
 * survival summaries compared replicate by replicate) and the competing first events after
 * referral (a first job or leaving the measure: Aalen-Johansen cumulative incidence).
 */
final class SurvivalSection extends Section {
    SurvivalSection(ReportContext context, Html html) {
        super(context, html);
    }

    void render() {
        retention();
        competingRisks();
    }

    private void retention() {
        h.heading(2, "retention", m.text("report.section.retention"));
        Analysis a = c.analysis();
        if (!a.hasTrajectories()) {
            h.paragraph(null, m.text("retention.no_events"));
            return;
        }
        h.paragraph("note", m.text("retention.two_figures"));
        h.image("job_retention", c.images().get("job_retention"), m.text("chart.retention.title"));
        h.raw("<table>\n").header(List.of(m.text("col.variant"), m.text("col.job_spells"), m.text("col.median_tenure"),
                m.text("col.still_in_job", "26"), m.text("col.still_in_job", "52"), m.text("col.still_in_job", "104"),
                m.text("col.first_job_retention_52w"), m.text("col.log_rank_p", c.comparison())));
        for (Analysis.SurvivalRow r : a.jobRetention().values()) {
            h.row(List.of(r.variant(), f.integer(r.spells()), f.count(r.median()), f.percent(r.at26()), f.percent(r.at52()),
                    f.percent(r.at104()), f.percent(a.summary(r.variant(), c.point(), "retention_52w").mean()),
                    r.test() == null ? f.missing() : f.pValue(r.test().p())));
        }
        h.raw("</table>\n");
        if (c.variants().size() > 1) {
            h.paragraph(null, m.text("retention.per_run", f.integer(RunSurvival.RESTRICTED_WEEKS)));
            List<String> perRun = new ArrayList<>();
            RunSurvival.WEEKS.forEach(w -> perRun.add(RunSurvival.survival(w)));
            perRun.add(RunSurvival.RMST);
            new EffectTable(c, h).render(c.effectsOf(perRun), false);
        }
    }

    private void competingRisks() {
        Analysis a = c.analysis();
        if (!a.hasTrajectories()) {
            return;
        }
        h.heading(2, "competing-risks", m.text("report.section.competing"));
        h.image("cumulative_incidence", c.images().get("cumulative_incidence"), m.text("chart.incidence.title"));
        List<String> destinations = a.causes().subList(1, a.causes().size()).stream().map(m::stage).toList();
        h.paragraph(null, m.text("competing.text", String.join(", ", destinations)));
        List<String> header = new ArrayList<>(List.of(m.text("col.variant"), m.text("col.event")));
        RunSurvival.WEEKS.forEach(w -> header.add(m.text("col.by_weeks", f.integer(w))));
        h.raw("<table>\n").header(header);
        List<Analysis.IncidenceRow> rows = a.incidenceRows(c.point());
        for (int i = 0; i < rows.size(); i += RunSurvival.WEEKS.size()) {
            List<String> cells = new ArrayList<>(List.of(rows.get(i).variant(), m.cause(rows.get(i).cause())));
            for (int k = i; k < i + RunSurvival.WEEKS.size() && k < rows.size(); k++) {
                Estimates.Summary s = rows.get(k).replicates();
                cells.add(f.percent(s.mean()) + (Double.isNaN(s.low()) ? "" : " (" + f.percent(s.low()) + " " + m.text("word.to") + " "
                        + f.percent(s.high()) + ")"));
            }
            h.row(cells);
        }
        h.raw("</table>\n");
        if (c.variants().size() > 1) {
            List<String> outcomes = new ArrayList<>();
            for (String cause : a.causes()) {
                RunSurvival.WEEKS.forEach(w -> outcomes.add(RunSurvival.incidence(cause, w)));
            }
            new EffectTable(c, h).render(c.effectsOf(outcomes), false);
        }
        h.paragraph("note", m.text("competing.note"));
    }
}
