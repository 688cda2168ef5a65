package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.analysis.cost.IncrementalRatio;
import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;

/**
 * The plain-language summary. A variant "raises" or "lowers" an outcome only where the
 * multiplicity-adjusted test (Wilcoxon signed-rank, Holm over the variants compared) has
 * p &lt; 0.05; otherwise the sentence says there is no clear change and gives the adjusted p,
 * so the words never claim more than the table below them.
 */
final class Wording {
    /** The level of the adjusted test. */
    static final double ALPHA = 0.05;

    private final Messages m;
    private final Formats f;
    private final String comparison;

    Wording(Messages m, String comparison) {
        this.m = m;
        this.f = m.formats();
        this.comparison = comparison;
    }

    /** Whether the adjusted test finds an effect. */
    static boolean significant(Analysis.EffectRow e) {
        return e.holmP() < ALPHA;
    }

    /** One sentence about one variant's effect on one outcome. */
    String effect(Analysis.EffectRow e, Headline h) {
        String label = h.label(m);
        if (Double.isNaN(e.low())) {
            return m.text("summary.no_interval", e.variant(), label, h.difference(m, e.difference()), comparison,
                    f.integer(e.pairs()));
        }
        String ci = m.text("summary.ci", h.bare(f, e.low()), h.bare(f, e.high()));
        if (significant(e)) {
            String key = e.difference() > 0 ? "summary.raises" : "summary.lowers";
            return m.text(key, e.variant(), label, h.difference(m, Math.abs(e.difference())), ci, comparison);
        }
        return m.text("summary.no_clear_change", e.variant(), label, h.difference(m, e.difference()), ci, f.pValue(e.holmP()),
                comparison);
    }

    /** The level of an outcome when there is nothing to compare. */
    String level(String variant, Headline h, Estimates.Summary s) {
        String interval = Double.isNaN(s.low()) ? h.value(f, s.mean())
                : m.text("summary.value_ci", h.value(f, s.mean()), h.value(f, s.low()), h.value(f, s.high()));
        return m.text("summary.level", variant, h.label(m), interval);
    }

    /** Sentences on the cost per extra person in work and per extra sustained job, for one variant. */
    List<String> ratios(CostAnalysis costs, String variant, String point) {
        List<String> out = new ArrayList<>();
        for (CostAnalysis.RatioRow r : costs.ratios()) {
            if (r.variant().equals(variant) && r.point().equals(point)) {
                out.add(ratio(r));
            }
        }
        return out;
    }

    String ratio(CostAnalysis.RatioRow r) {
        IncrementalRatio x = r.ratio();
        String effect = m.text("ratio.effect." + r.effect());
        if (x.defined()) {
            return m.text("ratio.defined", r.variant(), effect, f.money(x.ratio()), f.money(x.low()), f.money(x.high()),
                    comparison);
        }
        if (Double.isNaN(x.effectLow())) {
            return m.text("ratio.too_few", r.variant(), effect);
        }
        return m.text("ratio.undefined", r.variant(), effect, f.readable(x.effectLow()), f.readable(x.effectHigh()), comparison);
    }
}
