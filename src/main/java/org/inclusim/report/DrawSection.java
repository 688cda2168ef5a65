package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.ParameterUncertainty;

/**
 * With parameter draws: each headline effect with its 95 % interval combining parameter and
 * stochastic uncertainty, the stochastic-only interval beside it, and how much of the combined
 * variance the parameters make ({@link ParameterUncertainty}). Nothing without draws.
 */
final class DrawSection extends Section {
    DrawSection(ReportContext context, Html html) {
        super(context, html);
    }

    void render() {
        if (c.analysis().parameterUncertainty().isEmpty()) {
            return;
        }
        List<ParameterUncertainty.Row> rows = new ArrayList<>();
        for (Analysis.EffectRow e : c.headlineEffects()) {
            ParameterUncertainty.Row r = c.analysis().parameterUncertainty(e.variant(), e.point(), e.outcome());
            if (r != null) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        h.heading(2, "parameter-uncertainty", m.text("report.section.draws", c.comparison()));
        ParameterUncertainty.Row first = rows.get(0);
        h.paragraph(null, m.text("draws.intro", f.integer(first.draws()), f.number(first.pairsPerDraw(), 0)));
        h.raw("<table>\n").header(List.of(m.text("col.variant"), m.text("col.outcome"), m.text("col.difference"),
                m.text("col.combined_ci"), m.text("col.stochastic_ci"), m.text("col.parameter_share")));
        for (ParameterUncertainty.Row r : rows) {
            Headline hl = c.headline(r.outcome());
            h.row(List.of(r.variant(), hl.label(m), hl.difference(m, r.effect()), interval(hl, r.combinedLow(), r.combinedHigh()),
                    interval(hl, r.stochasticLow(), r.stochasticHigh()),
                    Double.isNaN(r.parameterShare()) ? f.missing() : f.percent(r.parameterShare())));
        }
        h.raw("</table>\n");
        h.paragraph("note", m.text("draws.note"));
    }

    private String interval(Headline hl, double low, double high) {
        return Double.isNaN(low) ? f.missing() : hl.bare(f, low) + " " + m.text("word.to") + " " + hl.bare(f, high);
    }
}
