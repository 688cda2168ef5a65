package org.inclusim.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BurnoutRate;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.presentation.Messages;

/**
 * Renders report.html in the report's language: what each variant changes, the summary, the
 * forest plot and effects, costs, retention, burnout, stages and where users are at the horizon,
 * sensitivity, the scenario, the methods and a footer with date, code version and command.
 * Self-contained (images as data URIs); every value from the results is escaped.
 */
final class HtmlReport extends Section {
    private static final String STYLE = "body{font-family:sans-serif;max-width:1250px;margin:2em auto;line-height:1.45;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;"
            + "vertical-align:top}th{background:#f3f3f3}td.num{text-align:right}"
            + "img{max-width:100%;border:1px solid #ddd}figure{margin:1em 0}"
            + ".summary li{margin:.4em 0}.note{color:#555}.changes li{margin:.2em 0}footer{margin-top:3em;border-top:1px solid #ccc;"
            + "padding-top:1em;color:#555;font-size:.9em}code{background:#f6f6f6;padding:0 .2em}";
    /** Marks on the body how many images loaded and which charts are drawn with a size (for the browser test). */
    private static final String IMAGE_CHECK = "<script>window.addEventListener('load',function(){var n=0;"
            + "for(var i=0;i<document.images.length;i++){var im=document.images[i];if(im.complete&&im.naturalWidth>0)n++;}"
            + "var v=[];var f=document.querySelectorAll('figure[data-chart]');for(var j=0;j<f.length;j++){var r=f[j]"
            + ".getBoundingClientRect();var img=f[j].querySelector('img');if(r.width>0&&r.height>0&&img&&img.naturalWidth>0)"
            + "v.push(f[j].getAttribute('data-chart'));}document.body.setAttribute('data-charts-visible',v.join(' '));"
            + "document.body.setAttribute('data-images-loaded',n);document.body.setAttribute('data-images-total',"
            + "document.images.length);});</script>";

    HtmlReport(ReportContext context) {
        super(context, new Html());
    }

    /** The page, its images to be put in when it is written ({@link Html#write}). */
    Html render() {
        String name = c.scenarioName();
        h.raw("<!DOCTYPE html>\n<html lang=\"").raw(m.language().code()).raw("\"><head><meta charset=\"utf-8\">\n<title>")
                .text(m.text("report.title", name)).raw("</title>\n<style>").raw(STYLE).raw("</style>\n").raw(IMAGE_CHECK)
                .raw("</head>\n<body>\n");
        h.element("h1", m.text("report.title", name));
        h.raw("<p><em>").text(c.scenarioText("description")).raw("</em></p>\n");
        changes();
        summary();
        effects();
        new DrawSection(c, h).render();
        new GroupSection(c, h).render();
        new CostSection(c, h).render();
        new SurvivalSection(c, h).render();
        burnout();
        stages();
        sensitivity();
        new ParameterSection(c, h).render();
        methods();
        footer();
        return h.raw("</body></html>\n");
    }

    /** Per variant, its changed parameters with values before and after, unit and meaning in the report's language. */
    private void changes() {
        h.heading(2, "variants", m.text("report.section.variants"));
        h.raw("<ul class=\"changes\">\n");
        VariantChanges changes = c.changes();
        for (String v : changes.variants()) {
            List<VariantChanges.Change> changed = changes.of(v);
            boolean comparison = v.equals(c.comparison());
            String what = changed.isEmpty() ? m.text(comparison ? "variants.comparison_as_scenario" : "variants.nothing") : "";
            String label = c.label(v);
            h.raw("<li><b>").text(v).raw("</b>").text(label == null ? "" : " (" + label + ")").raw(": ")
                    .text(m.text(comparison ? "variants.comparison" : "variants.against", what, c.comparison()).strip());
            if (!changed.isEmpty()) {
                h.raw("\n<ul>\n");
                changed.forEach(ch -> h.element("li", change(ch)));
                h.raw("</ul>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    /** {@code path: before → after (unit) — meaning}, unit and meaning left out where the report has none. */
    private String change(VariantChanges.Change ch) {
        String unit = c.parameterUnit(ch.path());
        String after = VariantChanges.display(m, ch.to()) + (unit.isEmpty() || unit.equals(Messages.NO_UNIT) ? "" : " (" + unit + ")");
        String text = m.text("variants.change", ch.path(), VariantChanges.display(m, ch.from()), after);
        String meaning = c.parameterMeaning(ch.path());
        return meaning.isEmpty() ? text : m.text("variants.change_meaning", text, meaning);
    }

    private void summary() {
        h.heading(2, "summary", m.text("report.section.summary"));
        h.raw("<ul class=\"summary\">\n");
        Wording w = new Wording(m, c.comparison(), c::inWords);
        List<Analysis.EffectRow> effects = c.headlineEffects();
        if (effects.isEmpty()) {
            for (Headline hl : Headline.ALL) {
                Estimates.Summary s = c.analysis().summary(c.comparison(), c.point(), hl.column());
                if (s != null) {
                    h.element("li", w.level(c.comparison(), hl, s));
                }
            }
        }
        for (String variant : c.variants().subList(1, c.variants().size())) {
            for (Analysis.EffectRow e : effects) {
                if (e.variant().equals(variant)) {
                    h.element("li", w.effect(e, c.headline(e.outcome())));
                }
            }
            for (String s : w.ratios(c.costs(), variant, c.point())) {
                h.element("li", s);
            }
        }
        h.raw("</ul>\n");
        if (!effects.isEmpty()) {
            h.paragraph("note", m.text("summary.wording_note"));
        }
        long unfinished = c.analysis().data().unfinishedRuns();
        if (unfinished > 0) {
            h.paragraph("note", m.text("summary.unfinished", f.integer(unfinished)));
        }
        h.image("forest", c.images().get("forest"), m.text("chart.forest.title", c.comparison()));
    }

    private void effects() {
        h.heading(2, "effects", m.text("report.section.effects", c.comparison()));
        List<Analysis.EffectRow> effects = c.headlineEffects();
        if (effects.isEmpty()) {
            h.paragraph(null, m.text("effects.one_variant"));
            return;
        }
        new EffectTable(c, h).render(effects, true);
        h.paragraph("note", m.text("effects.note"));
    }

    private void burnout() {
        h.heading(2, "burnout", m.text("report.section.burnout"));
        h.image("burnout", c.images().get("burnout"), m.text("chart.burnout.title", ChartSet.burnoutIntervalName(c.analysis(), m)));
        h.raw("<table>\n").header(List.of(m.text("col.variant"), m.text("col.runs"), m.text("col.burnout_episodes"),
                m.text("col.mentor_years"), m.text("col.burnout_rate_ci"), m.text("col.interval"), m.text("col.dispersion"),
                m.text("col.ever_burnt_out"), m.text("col.top10_strain")));
        for (Analysis.BurnoutRow b : c.analysis().burnout()) {
            if (!b.point().equals(c.point())) {
                continue;
            }
            BurnoutRate r = b.per100MentorYears();
            h.row(List.of(b.variant(), f.integer(r.runs()), f.integer(r.events()), f.number(r.exposure(), 0), f.readable(r.rate()) + " ("
                    + f.readable(r.low()) + " " + m.text("word.to") + " " + f.readable(r.high()) + ")",
                    m.text("interval." + r.interval().label()), f.number(r.dispersion(), 2),
                    f.percent(b.everBurntOutShare().mean()), f.percent(b.top10StrainShare().mean())));
        }
        h.raw("</table>\n");
        h.paragraph("note", m.text("burnout.note"));
        h.image("mentor_pool", c.images().get("mentor_pool"), m.text("chart.mentor_pool.title"));
    }

    private void stages() {
        h.heading(2, "stages", m.text("report.section.stages"));
        h.image("employed_share", c.images().get("employed_share"), m.text("chart.employed.title"));
        if (c.analysis().hasTrajectories()) {
            h.image("state_distribution", c.images().get("state_distribution"), m.text("chart.stages.title"));
        }
        h.paragraph("note", m.text("stages.note"));
        new HorizonPlaces(c, h).render();
    }

    private void sensitivity() {
        SensitivityAnalysis s = c.sensitivity();
        if (s == null) {
            return;
        }
        h.heading(2, "sensitivity", m.text("report.section.sensitivity"));
        h.paragraph(null, m.text(s.method().equals("sobol") ? "sensitivity.sobol" : "sensitivity.morris"));
        for (String outcome : s.rows().stream().map(SensitivityAnalysis.Row::outcome).distinct().toList()) {
            h.image("sensitivity_" + outcome, c.images().get("sensitivity_" + outcome), m.text("chart.sensitivity.title",
                    m.outcome(outcome), s.method()));
        }
        h.raw("<table>\n").header(List.of(m.text("col.outcome"), m.text("col.parameter"), m.text("col.index"), m.text("col.value_ci")));
        for (SensitivityAnalysis.Row r : s.rows()) {
            h.row(List.of(m.outcome(r.outcome()), r.parameter(), r.index(), f.number(r.value(), 3)
                    + (Double.isNaN(r.low()) ? "" : " (" + f.number(r.low(), 3) + " " + m.text("word.to") + " " + f.number(r.high(), 3) + ")")));
        }
        h.raw("</table>\n");
    }

    private void methods() {
        h.heading(2, "methods", m.text("report.section.methods"));
        int runs = c.analysis().data().runs().rows().size();
        int cells = Math.max(1, c.variants().size() * c.analysis().data().points().size());
        h.paragraph(null, m.text("methods.text", f.integer(runs), f.integer(c.variants().size()),
                f.integer(c.analysis().data().points().size()), f.integer(Math.round((double) runs / cells)),
                f.integer(org.inclusim.analysis.RunSurvival.RESTRICTED_WEEKS)));
    }

    private void footer() {
        Map<String, Object> code = c.manifestMap("code");
        String batchCode = code.getOrDefault("git_commit", code.getOrDefault("code_sha256", "")) + (Boolean.TRUE.equals(code.get("git_dirty"))
                ? " (" + m.text("footer.dirty") + ")" : "");
        h.raw("<footer>\n");
        h.paragraph(null, m.text("footer.made", f.dateTime(ZonedDateTime.now()), c.options().codeVersion()));
        h.paragraph(null, m.text("footer.results", String.valueOf(code.getOrDefault("version", "")), batchCode,
                String.valueOf(c.manifest().getOrDefault("finished", ""))));
        h.raw("<p>").text(m.text("footer.command")).raw(" <code>").text(c.options().command()).raw("</code></p>\n");
        h.raw("</footer>\n");
    }
}
