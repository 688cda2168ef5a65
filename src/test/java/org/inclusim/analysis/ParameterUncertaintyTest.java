package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The split of an effect's variance over parameter draws into a parameter and a stochastic part (docs/statistics.md). */
class ParameterUncertaintyTest {
    @Test
    void theVarianceSplitFollowsTheLawOfTotalVariance() {
        Map<Integer, double[]> byDraw = new java.util.TreeMap<>();
        byDraw.put(0, new double[]{1, 3});
        byDraw.put(1, new double[]{5, 7});
        byDraw.put(2, new double[]{9, 11});
        ParameterUncertainty.Row r = ParameterUncertainty.row("v", "0", "o", byDraw);
        // per-draw means 2, 6, 10: B = 16; within variances 2 each: W/R = 1; P = 15; total 16
        assertEquals(6, r.effect(), 1e-12);
        assertEquals(1, r.stochasticVariance(), 1e-12);
        assertEquals(15, r.parameterVariance(), 1e-12);
        assertEquals(15.0 / 16, r.parameterShare(), 1e-12);
        assertEquals(6 + 1.959963984540054 * 4, r.combinedHigh(), 1e-9);
        assertEquals(6 - 1.959963984540054, r.stochasticLow(), 1e-9);
        byDraw.put(1, new double[]{1.5, 2.5});
        byDraw.put(2, new double[]{1, 3});
        assertEquals(0, ParameterUncertainty.row("v", "0", "o", byDraw).parameterVariance(), 1e-12, "B below W/R: no parameter share");
    }

}
