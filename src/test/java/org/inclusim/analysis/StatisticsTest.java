package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formulas against values computed by hand or published in textbooks. */
class StatisticsTest {
    /** Gehan's 6-MP remission times (Freireich et al. 1963); negative = censored. */
    static final double[] SIX_MP = {6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35};
    static final double[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

    static List<KaplanMeier.Observation> observations(double[] times) {
        List<KaplanMeier.Observation> out = new ArrayList<>();
        for (double t : times) {
            out.add(new KaplanMeier.Observation(Math.abs(t), t > 0));
        }
        return out;
    }

    @Test
    void kaplanMeierMatchesTheTextbookSixMpExample() {
        KaplanMeier km = KaplanMeier.estimate(observations(SIX_MP));
        double[] expected = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        double[] times = {6, 7, 10, 13, 16, 22, 23};
        for (int i = 0; i < times.length; i++) {
            assertEquals(expected[i], km.survivalAt(times[i]), 0.0005, "S(" + times[i] + ")");
        }
        KaplanMeier.Step first = km.steps().get(0);
        assertEquals(21, first.atRisk());
        double greenwoodSe = 0.857 * Math.sqrt(3.0 / (21 * 18));
        assertEquals(0.857 - 1.959964 * greenwoodSe, first.low(), 0.001, "Greenwood lower bound at week 6");
        assertEquals(23.0, km.median(), 1e-9);
        assertTrue(Double.isNaN(KaplanMeier.estimate(observations(new double[] {-5, -6})).median()), "no median above 1/2");
    }

    @Test
    void logRankMatchesThePublishedStatistic() {
        double[] test = KaplanMeier.logRank(observations(SIX_MP), observations(PLACEBO));
        assertEquals(16.79, test[0], 0.01);
        assertTrue(test[1] < 1e-4);
    }

    @Test
    void pairedIntervalComputedByHand() {
        Estimates.Paired p = Estimates.paired(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 4});
        assertEquals(1.25, p.meanDifference(), 1e-12);
        double half = 3.182446 * Math.sqrt(2.75 / 3) / 2;
        assertEquals(1.25 - half, p.low(), 1e-5);
        assertEquals(1.25 + half, p.high(), 1e-5);
        assertEquals(4, p.n());
    }

    @Test
    void oneValueHasNoInterval() {
        Estimates.Summary s = Estimates.summarize(new double[] {0.4, Double.NaN});
        assertEquals(1, s.n());
        assertEquals(0.4, s.mean());
        assertTrue(Double.isNaN(s.low()) && Double.isNaN(s.high()), "not available, not zero");
        assertEquals(0, Estimates.summarize(new double[] {}).n());
        assertTrue(Double.isNaN(Estimates.paired(new double[] {1}, new double[] {2}).low()));
    }

    @Test
    void theSignedRankTestDropsZeroDifferencesAndIsSymmetric() {
        double[] up = {0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
        double[] down = {0, 0, 0, 0, 0, 0, 0, 0, 0, -5};
        assertEquals(Estimates.signedRankP(up), Estimates.signedRankP(down), 1e-12, "the sign does not matter two-sided");
        assertEquals(1.0, Estimates.signedRankP(up), 1e-12, "one non-zero difference is no evidence");
        assertEquals(1.0, Estimates.signedRankP(new double[] {0, 0, 0}));
        double[] ties = {1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11};
        double p = Estimates.signedRankP(ties);
        assertTrue(p < 1e-4, "24 positive differences with ties: " + p);
        assertEquals(0.03125 * 2, Estimates.signedRankP(new double[] {1, 2, 3, 4, 5}), 1e-12, "exact: 2 x (1/2)^5");
    }

    @Test
    void holmAdjustsStepDown() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Estimates.holm(new double[] {0.01, 0.04, 0.03}), 1e-12);
        double[] withNaN = Estimates.holm(new double[] {Double.NaN, 0.02});
        assertTrue(Double.isNaN(withNaN[0]));
        assertEquals(0.02, withNaN[1], 1e-12);
    }

    @Test
    void exactPoissonIntervals() {
        PoissonRate none = PoissonRate.of(0, 10);
        assertEquals(0.0, none.low());
        assertEquals(0.3689, none.high(), 1e-4);
        PoissonRate five = PoissonRate.of(5, 10);
        assertEquals(0.1623, five.low(), 1e-4);
        assertEquals(1.1668, five.high(), 1e-4);
        assertEquals(50.0, five.per100().rate(), 1e-9);
    }

    /**
     * Brute force: the smallest n >= 2 with t(0.975; n - 1) s / sqrt(n) <= h, found by trying
     * every n in turn. The search must agree over a grid of ratios (s / h)^2 from 0.001 to 2,000,
     * including the range 0.019 to 1.07 where a fixed-point iteration oscillated.
     */
    @Test
    void replicationsNeededIsTheSmallestSufficientNumberOverAGridOfRatios() {
        int checked = 0;
        for (double ratio = 0.001; ratio <= 2000; ratio *= 1.07) {
            double sd = 1.0;
            double halfWidth = sd / Math.sqrt(ratio);
            long n = 2;
            while (Estimates.t((int) n - 1) * sd / Math.sqrt(n) > halfWidth) {
                n++;
            }
            assertEquals(n, Estimates.replicationsNeeded(sd, halfWidth), "(s/h)^2 = " + ratio);
            checked++;
        }
        assertTrue(checked > 150, "grid points: " + checked);
    }

    @Test
    void replicationsNeededForTheReportedCaseAndMonotoneInThePrecision() {
        assertEquals(5, Estimates.replicationsNeeded(1, Math.sqrt(2)), "s_d = 1, h = sqrt 2: t(4) / sqrt 5 = 1.24 <= 1.41");
        double previous = Double.POSITIVE_INFINITY;
        for (double h = 0.05; h < 5; h *= 1.01) {
            double n = Estimates.replicationsNeeded(1, h);
            assertTrue(n <= previous, "a looser precision never needs more runs: h = " + h);
            previous = n;
        }
        assertTrue(Double.isNaN(Estimates.replicationsNeeded(Double.NaN, 1)));
        assertTrue(Double.isNaN(Estimates.replicationsNeeded(1, 0)));
        assertEquals(2, Estimates.replicationsNeeded(0, 1), "no spread: the smallest number with an interval");
        Estimates.Paired p = Estimates.paired(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1.5, 2.2, 3.9, 4.1, 5.8, 6.3});
        assertEquals(Estimates.replicationsNeeded(p.sdDifference(), 0.2), p.replicationsFor(0.2));
        assertTrue(Double.isNaN(Estimates.paired(new double[] {1}, new double[] {2}).replicationsFor(0.2)), "one pair: not estimable");
    }

    @Test
    void theSignedRankPValueIsAtMostOne() {
        assertEquals(1.0, Estimates.signedRankP(new double[] {1, 2, -3}), 1e-12, "W+ = n(n+1)/4 exactly");
        double[] eight = {0.5, -1.5, 2.5, -3.5, -4.5, 5.5, 6.5, -7.5};
        assertTrue(Estimates.signedRankP(eight) <= 1.0);
    }
}
