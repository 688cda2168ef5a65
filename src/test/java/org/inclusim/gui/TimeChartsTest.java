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

    /** The stages in the catalogue's words (English unless the locale is Norwegian), with work beside disability benefit after it. */
    private static final List<String> STAGES = List.of("referred", "seeking", "in_placement", "employed", "out_of_work",
                    "disability_benefit", "disability_with_work", "aap", "education", "work_without_nav", "other")
            .stream().map(s -> s.equals("disability_with_work") ? GuiText.text("gui.series.disability_with_work")
                    : GuiText.messages().stage(s)).toList();

    @Test
    void twoLanesNameEachQuantityAndEachVariantOnce() {
        List<String> withVariants = new java.util.ArrayList<>(STAGES);
        withVariants.addAll(List.of("baseline", "monthly"));
        TimeCharts charts = new TimeCharts();
        charts.apply(new ChartBuffer.Batch(1, List.of("baseline"), List.of(), new double[0][]));
        assertEquals(STAGES,
                labels(charts.charts().get(0).getXYPlot().getLegendItems()));

        charts.apply(new ChartBuffer.Batch(2, List.of("baseline", "monthly"), List.of(), new double[0][]));
        assertEquals(22, charts.charts().get(0).getXYPlot().getDataset().getSeriesCount(), "every series once per variant");
        assertEquals(withVariants,
                labels(charts.charts().get(0).getXYPlot().getLegendItems()));
        assertEquals(List.of(GuiText.text("gui.series.mean_strain"), "baseline", "monthly"), labels(charts.charts().get(2).getXYPlot().getLegendItems()));

        charts.apply(new ChartBuffer.Batch(3, List.of("baseline"), List.of(), new double[0][]));
        assertEquals(11, charts.charts().get(0).getXYPlot().getLegendItems().getItemCount(), "back to one lane: one item per series");
    }

    @Test
    void chartsSpeakTheChosenLanguage() {
        org.inclusim.presentation.Messages before = GuiText.messages();
        try {
            GuiText.use(org.inclusim.presentation.Language.NB);
            TimeCharts charts = new TimeCharts();
            charts.apply(new ChartBuffer.Batch(1, List.of("baseline"), List.of(), new double[0][]));
            assertEquals("Brukere per fase", charts.charts().get(0).getTitle().getText());
            assertEquals(List.of("henvist", "søker arbeid", "i arbeidstrening", "i arbeid", "uten arbeid igjen", "uføretrygd",
                    "uføretrygd, i arbeid ved siden av", "AAP uten aktiv oppfølging", "utdanning", "arbeid uten NAV", "annen avgang"),
                    labels(charts.charts().get(0).getXYPlot().getLegendItems()));
            assertEquals("uke", charts.charts().get(0).getXYPlot().getDomainAxis().getLabel());
        } finally {
            GuiText.use(before.language());
        }
    }
}
