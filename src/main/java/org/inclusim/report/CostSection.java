package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.analysis.cost.CostItem;

/**
 * The report's costs: public spending by item per variant over the horizon (present value and
 * undiscounted), the cost per extra person in work and per extra sustained job, and the unit
 * costs with their sources.
 */
final class CostSection extends Section {
    CostSection(ReportContext context, Html html) {
        super(context, html);
    }

    void render() {
        CostAnalysis costs = c.costs();
        h.heading(2, "costs", m.text("report.section.costs"));
        double rate = costs.discountRate();
        h.paragraph(null, rate > 0 ? m.text("costs.intro_discounted", f.integer(c.analysis().data().horizonWeeks()),
                f.number(100 * rate, 1)) : m.text("costs.intro_undiscounted", f.integer(c.analysis().data().horizonWeeks())));
        h.image("costs", c.images().get("costs"), m.text("chart.costs.title"));
        spendingTable(costs);
        ratioTable(costs);
        unitCostTable(costs);
    }

    private void spendingTable(CostAnalysis costs) {
        List<String> header = new ArrayList<>(List.of(m.text("col.cost_item")));
        c.variants().forEach(header::add);
        h.raw("<table>\n").header(header);
        for (CostItem item : costs.items()) {
            List<String> row = new ArrayList<>(List.of(m.costItem(item.key())));
            for (String v : c.variants()) {
                row.add(f.money(costs.item(v, c.point(), item.key()).presentValue().mean()));
            }
            h.row(row);
        }
        List<String> total = new ArrayList<>(List.of(m.text("costs.total_pv")));
        List<String> nominal = new ArrayList<>(List.of(m.text("costs.total_nominal")));
        for (String v : c.variants()) {
            CostAnalysis.ItemRow r = costs.item(v, c.point(), "total");
            total.add(f.money(r.presentValue().mean()) + (Double.isNaN(r.presentValue().low()) ? ""
                    : " (" + f.money(r.presentValue().low()) + " " + m.text("word.to") + " " + f.money(r.presentValue().high()) + ")"));
            nominal.add(f.money(r.nominal().mean()));
        }
        h.raw("<tr class=\"total\">");
        total.forEach(cell -> h.raw("<th>").text(cell).raw("</th>"));
        h.raw("</tr>\n").row(nominal).raw("</table>\n");
        h.paragraph("note", m.text("costs.table_note"));
    }

    private void ratioTable(CostAnalysis costs) {
        if (costs.ratios().isEmpty()) {
            return;
        }
        Wording w = new Wording(m, c.comparison(), c::inWords);
        h.heading(3, "cost-effectiveness", m.text("costs.ratios_title", c.comparison()));
        h.raw("<table>\n").header(List.of(m.text("col.variant"), m.text("col.effect"), m.text("col.extra_spending"),
                m.text("col.extra_effect_ci"), m.text("col.nok_per_extra_ci")));
        for (CostAnalysis.RatioRow r : costs.ratios()) {
            if (!r.point().equals(c.point())) {
                continue;
            }
            var x = r.ratio();
            h.row(List.of(r.variant(), m.text("ratio.effect." + r.effect()), f.money(x.costDifference()),
                    f.readable(x.effectDifference()) + " (" + f.readable(x.effectLow()) + " " + m.text("word.to") + " "
                            + f.readable(x.effectHigh()) + ")",
                    x.defined() ? f.money(x.ratio()) + " (" + f.money(x.low()) + " " + m.text("word.to") + " " + f.money(x.high()) + ")"
                            : m.text("ratio.undefined_cell")));
        }
        h.raw("</table>\n");
        h.paragraph("note", m.text("costs.ratio_note"));
        h.raw("<ul class=\"summary\">\n");
        for (CostAnalysis.RatioRow r : costs.ratios()) {
            if (r.point().equals(c.point())) {
                h.element("li", w.ratio(r));
            }
        }
        h.raw("</ul>\n");
    }

    private void unitCostTable(CostAnalysis costs) {
        h.heading(3, "unit-costs", m.text("costs.units_title"));
        h.raw("<table>\n").header(List.of(m.text("col.cost_item"), m.text("col.quantity"), m.text("col.parameter"),
                m.text("col.value"), m.text("col.unit"), m.text("col.source")));
        for (CostItem item : costs.items()) {
            CostAnalysis.ItemRow r = costs.item(c.comparison(), c.point(), item.key());
            for (String path : costs.unitCostsOf(item)) {
                h.row(List.of(m.costItem(item.key()), r.quantityColumn(), path,
                        VariantChanges.display(m, c.changes().value(c.comparison(), path)), c.parameterUnit(path), c.parameterSource(path)));
            }
            if (item.graded() != null && !costs.paidInFull().contains(item)) {
                String path = item.graded().share();
                h.row(List.of(m.costItem(item.key()), item.graded().column(), path,
                        VariantChanges.display(m, c.changes().value(c.comparison(), path)), c.parameterUnit(path), c.parameterSource(path)));
            }
        }
        for (String path : List.of("costs.discountRatePercent", "costs.priceYear")) {
            String value = path.equals("costs.priceYear") ? c.changes().value(c.comparison(), path)
                    : VariantChanges.display(m, c.changes().value(c.comparison(), path));
            h.row(List.of(m.text("costs.general"), "", path, value, c.parameterUnit(path), c.parameterSource(path)));
        }
        h.raw("</table>\n");
        List<String> inactive = org.inclusim.analysis.cost.CostItems.ALL.stream().filter(i -> !costs.items().contains(i))
                .map(i -> m.costItem(i.key())).toList();
        if (!inactive.isEmpty()) {
            h.paragraph("note", m.text("costs.inactive", String.join(", ", inactive)));
        }
        for (CostItem item : costs.items()) {
            if (item.graded() != null && !costs.paidInFull().contains(item)) {
                h.paragraph("note", m.text("costs.graded_note", m.costItem(item.key())));
            }
        }
        for (CostItem item : costs.paidInFull()) {
            h.paragraph("note", m.text("costs.paid_in_full", m.costItem(item.key()), item.graded().column(), item.graded().share()));
        }
        olderPriceNotes(costs);
    }

    /**
     * Rule OlderQuantity, said where it applies: per item this batch prices from its older quantity column, that
     * column and the parameters its unit cost multiplies (the batch's own, some retired), beside the item's present price.
     */
    private void olderPriceNotes(CostAnalysis costs) {
        for (CostItem item : costs.items()) {
            String column = costs.item(c.comparison(), c.point(), item.key()).quantityColumn();
            if (item.older() != null && item.older().column().equals(column)) {
                h.paragraph("note", m.text("costs.older_price", m.costItem(item.key()), item.columns().get(0), column,
                        String.join(" x ", costs.unitCostsOf(item)), String.join(" x ", item.unitCosts())));
            }
        }
    }
}
