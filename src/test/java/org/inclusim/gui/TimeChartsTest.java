package org.inclusim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/** The charts' legends: one item per series for one lane, a compact legend for two. */
class TimeChartsTest {
    private static List<String> labels(LegendItemCollection items) {
        return java.util.stream.IntStream.range(0, items.getItemCount()).mapToObj(i -> items.get(i).getLabel()).toList();
    }

    @Test
    void twoLanesNameEachQuantityAndEachVariantOnce() {
        TimeCharts charts = new TimeCharts();
        charts.apply(new ChartBuffer.Batch(1, List.of("baseline"), List.of(), new double[0][]));
        assertEquals(List.of("referred", "seeking", "in placement", "employed", "out of work", "exited"),
                labels(charts.charts().get(0).getXYPlot().getLegendItems()));

        charts.apply(new ChartBuffer.Batch(2, List.of("baseline", "monthly"), List.of(), new double[0][]));
        assertEquals(12, charts.charts().get(0).getXYPlot().getDataset().getSeriesCount(), "every series once per variant");
        assertEquals(List.of("referred", "seeking", "in placement", "employed", "out of work", "exited", "baseline", "monthly"),
                labels(charts.charts().get(0).getXYPlot().getLegendItems()));
        assertEquals(List.of("mean strain", "baseline", "monthly"), labels(charts.charts().get(2).getXYPlot().getLegendItems()));

        charts.apply(new ChartBuffer.Batch(3, List.of("baseline"), List.of(), new double[0][]));
        assertEquals(6, charts.charts().get(0).getXYPlot().getLegendItems().getItemCount(), "back to one lane: one item per series");
    }
}
