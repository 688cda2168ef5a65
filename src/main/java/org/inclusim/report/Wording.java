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
    private final java.util.function.UnaryOperator<String> names;

    /** Sentences about variants named by {@code names} (a label, or the variant's own name). */
    Wording(Messages m, String comparison, java.util.function.UnaryOperator<String> names) {
        this.m = m;
        this.f = m.formats();
        this.names = names;
        this.comparison = names.apply(comparison);
    }

    /** Whether the adjusted test finds an effect. */
    static boolean significant(Analysis.EffectRow e) {
        return e.holmP() < ALPHA;
    }

    /** A sentence starts with a capital letter, whatever the label or variant name it starts with. */
    static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** One sentence about one variant's effect on one outcome. */
    String effect(Analysis.EffectRow e, Headline h) {
        return sentence(effectText(e, h));
    }

    private String effectText(Analysis.EffectRow e, Headline h) {
        String label = h.label(m);
        if (Double.isNaN(e.low())) {
            return m.text("summary.no_interval", names.apply(e.variant()), label, h.difference(m, e.difference()), comparison,
                    f.integer(e.pairs()));
        }
        String ci = m.text("summary.ci", h.bare(f, e.low()), h.bare(f, e.high()));
        if (significant(e)) {
            String key = e.difference() > 0 ? "summary.raises" : "summary.lowers";
            return m.text(key, names.apply(e.variant()), label, h.difference(m, Math.abs(e.difference())), ci, comparison);
        }
        return m.text("summary.no_clear_change", names.apply(e.variant()), label, h.difference(m, e.difference()), ci, f.pValue(e.holmP()),
                comparison);
    }

    /** The level of an outcome when there is nothing to compare. */
    String level(String variant, Headline h, Estimates.Summary s) {
        String interval = Double.isNaN(s.low()) ? h.value(f, s.mean())
                : m.text("summary.value_ci", h.value(f, s.mean()), h.value(f, s.low()), h.value(f, s.high()));
        return sentence(m.text("summary.level", names.apply(variant), h.label(m), interval));
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
        return sentence(ratioText(r));
    }

    private String ratioText(CostAnalysis.RatioRow r) {
        IncrementalRatio x = r.ratio();
        String effect = m.text("ratio.effect." + r.effect());
        if (x.defined()) {
            return m.text("ratio.defined", names.apply(r.variant()), effect, f.money(x.ratio()), f.money(x.low()), f.money(x.high()),
                    comparison);
        }
        if (Double.isNaN(x.effectLow())) {
            return m.text("ratio.too_few", names.apply(r.variant()), effect);
        }
        return m.text("ratio.undefined", names.apply(r.variant()), effect, f.readable(x.effectLow()), f.readable(x.effectHigh()), comparison);
    }
}
