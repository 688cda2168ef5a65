package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.Analysis;

/** A table of paired effects: levels, difference with its 95 % interval, Wilcoxon and Holm p. */
final class EffectTable extends Section {
    EffectTable(ReportContext context, Html html) {
        super(context, html);
    }

    void render(List<Analysis.EffectRow> rows, boolean withReplications) {
        List<String> header = new ArrayList<>(List.of(m.text("col.variant"), m.text("col.outcome"),
                m.text("col.comparison_value", c.comparison()), m.text("col.variant_value"), m.text("col.difference_ci"),
                m.text("col.wilcoxon_p"), m.text("col.holm_p")));
        if (withReplications) {
            header.add(m.text("col.replications_needed"));
        }
        h.raw("<table>\n").header(header);
        for (Analysis.EffectRow e : rows) {
            Headline hl = c.headline(e.outcome());
            String ci = Double.isNaN(e.low()) ? f.missing()
                    : hl.bare(f, e.low()) + " " + m.text("word.to") + " " + hl.bare(f, e.high());
            List<String> cells = new ArrayList<>(List.of(e.variant(), hl.label(m), hl.value(f, e.baselineMean()),
                    hl.value(f, e.variantMean()), hl.difference(m, e.difference()) + " (" + ci + ")", f.pValue(e.wilcoxonP()),
                    f.pValue(e.holmP())));
            if (withReplications) {
                cells.add(Double.isNaN(e.replicationsNeeded()) ? f.missing() : f.integer((long) e.replicationsNeeded()));
            }
            h.row(cells);
        }
        h.raw("</table>\n");
    }
}
