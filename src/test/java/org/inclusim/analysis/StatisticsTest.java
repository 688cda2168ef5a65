package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
        assertEquals(0.620, first.low(), 0.0005, "log-log Greenwood band at week 6 (R: survfit, conf.type = log-log)");
        assertEquals(0.952, first.high(), 0.0005);
        KaplanMeier.Step last = km.steps().get(km.steps().size() - 1);
        assertEquals(0.188, last.low(), 0.0005, "week 23");
        assertEquals(0.680, last.high(), 0.0005);
        assertEquals(23.0, km.median(), 1e-9);
        assertTrue(Double.isNaN(KaplanMeier.estimate(observations(new double[] {-5, -6})).median()), "no median above 1/2");
    }

    @Test
    void logLogBandsStayInsideZeroOneAndAreZeroWhereTheCurveIs() {
        KaplanMeier km = KaplanMeier.estimate(observations(new double[] {1, 2, 2, 3}));
        for (KaplanMeier.Step s : km.steps()) {
            assertTrue(s.low() >= 0 && s.low() <= s.survival() && s.survival() <= s.high() && s.high() <= 1, s.toString());
        }
        KaplanMeier.Step end = km.steps().get(km.steps().size() - 1);
        assertEquals(0.0, end.survival());
        assertEquals(0.0, end.low());
        assertEquals(0.0, end.high());
    }

    @Test
    void restrictedMeanIsTheAreaUnderTheCurveAndUnknownPastTheLastObservation() {
        KaplanMeier km = KaplanMeier.estimate(observations(SIX_MP));
        // R: print(survfit(...), rmean = 20): 15.49 (the area under S from 0 to 20).
        double byHand = 6 + 0.857143 * 1 + 0.806723 * 3 + 0.752941 * 3 + 0.690196 * 3 + 0.627451 * 4;
        assertEquals(byHand, km.restrictedMean(20), 1e-5);
        assertTrue(Double.isNaN(km.restrictedMean(36)), "the longest duration is 35 (censored)");
        assertEquals(0.448179, km.survivalBeforeIfKnown(35), 1e-5);
        assertTrue(Double.isNaN(km.survivalBeforeIfKnown(35.5)));
        KaplanMeier allEnded = KaplanMeier.estimate(observations(new double[] {2, 4}));
        assertEquals(2 + 0.5 * 2, allEnded.restrictedMean(100), 1e-12, "known beyond the last event once S is 0");
    }

    /**
     * 6-MP against placebo: the score (observed minus expected events of 6-MP) is 9 - 19.25 as in
     * the log-rank test; R's robust score test of coxph(Surv ~ group + cluster(pair), ties =
     * "breslow") is 18.58693 with the i-th patient of each group in cluster i, 22.32221 with every
     * patient a cluster of its own.
     */
    @Test
    void clusteredLogRankMatchesTheRobustScoreTestOfR() {
        List<ClusteredLogRank.Observation> placebo = clustered(PLACEBO, false);
        List<ClusteredLogRank.Observation> sixMp = clustered(SIX_MP, false);
        ClusteredLogRank.Result pairs = ClusteredLogRank.test(placebo, sixMp);
        assertEquals(9 - 19.2505, pairs.score(), 1e-4);
        assertEquals(18.58693, pairs.chiSquare(), 1e-4);
        assertEquals(21, pairs.clusters());
        ClusteredLogRank.Result singletons = ClusteredLogRank.test(clustered(PLACEBO, false), clustered(SIX_MP, true));
        assertEquals(22.32221, singletons.chiSquare(), 1e-4);
        assertTrue(singletons.p() < 1e-5 && singletons.p() > 0, "p from the upper tail, not 1 - cdf: " + singletons.p());
        assertTrue(Double.isNaN(ClusteredLogRank.test(List.of(), List.of()).p()), "no events: not available");
    }

    private static List<ClusteredLogRank.Observation> clustered(double[] times, boolean ownClusters) {
        List<ClusteredLogRank.Observation> out = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            out.add(new ClusteredLogRank.Observation(Math.abs(times[i]), times[i] > 0, ownClusters ? 100 + i : i));
        }
        return out;
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

    /**
     * The summary is Commons Math's DescriptiveStatistics to the last bit (the analysis tables
     * must not change by a digit when the way it is computed does): random samples of 2 to 40
     * values on several scales, with NaN mixed in, and ties.
     */
    @Test
    void summariesAreThoseOfDescriptiveStatisticsBitForBit() {
        java.util.Random random = new java.util.Random(11);
        for (int k = 0; k < 2000; k++) {
            int n = 2 + random.nextInt(39);
            double scale = Math.pow(10, random.nextInt(9) - 4);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(5) == 0 ? Double.NaN : random.nextBoolean() ? Math.round(random.nextGaussian() * 4) * scale
                        : random.nextGaussian() * scale + scale;
            }
            double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
            if (x.length < 2) {
                continue;
            }
            var reference = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(x);
            Estimates.Summary s = Estimates.summarize(values);
            double half = Estimates.t(x.length - 1) * reference.getStandardDeviation() / Math.sqrt(x.length);
            assertEquals(x.length, s.n());
            assertEquals(Double.doubleToRawLongBits(reference.getMean()), Double.doubleToRawLongBits(s.mean()), "mean " + k);
            assertEquals(Double.doubleToRawLongBits(reference.getStandardDeviation()), Double.doubleToRawLongBits(s.sd()), "sd " + k);
            assertEquals(Double.doubleToRawLongBits(reference.getMean() - half), Double.doubleToRawLongBits(s.low()), "low " + k);
            assertEquals(Double.doubleToRawLongBits(reference.getMean() + half), Double.doubleToRawLongBits(s.high()), "high " + k);
            assertEquals(Double.doubleToRawLongBits(reference.getPercentile(50)), Double.doubleToRawLongBits(s.median()), "median " + k);
        }
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
    void differencesEqualButForRoundingAreOneTie() {
        double[] rounded = {3 / 70.0 - 2 / 70.0, 2 / 70.0 - 1 / 70.0, 1 / 70.0, -(5 / 70.0 - 4 / 70.0), 4 / 70.0 - 2 / 70.0};
        assertTrue(Arrays.stream(rounded).map(Math::abs).distinct().count() > 2, "the shares differ in their last bits");
        double[] exact = {1 / 70.0, 1 / 70.0, 1 / 70.0, -1 / 70.0, 2 / 70.0};
        assertEquals(Estimates.signedRankP(exact), Estimates.signedRankP(rounded), 1e-15, "the tie-corrected test for both");
        assertEquals(Estimates.signedRankP(new double[] {0.5, -0.25, 0.75}), Estimates.signedRankP(new double[] {0.5, 1e-12, -0.25, 0.75}),
                "a difference below 1e-9 of the largest is 0, and dropped");
        assertTrue(Double.isNaN(Estimates.snapTies(new double[] {Double.NaN, 1})[0]));
    }

    /** The counted null distribution gives Commons Math's exact p (its enumeration of 2^n signs), capped at 1. */
    @Test
    void exactSignedRankPAgreesWithCommonsMathsEnumeration() {
        java.util.Random random = new java.util.Random(20);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(trial < 190 ? 14 : 20);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = (random.nextBoolean() ? 1 : -1) * (i + 1 + random.nextDouble() * 0.5) + random.nextGaussian() * 0.1;
            }
            double library = new org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest()
                    .wilcoxonSignedRankTest(d, new double[n], true);
            assertEquals(Math.min(1.0, library), Estimates.signedRankP(d), 1e-12, Arrays.toString(d));
        }
    }

    @Test
    void theSignedRankPValueIsAtMostOne() {
        assertEquals(1.0, Estimates.signedRankP(new double[] {1, 2, -3}), 1e-12, "W+ = n(n+1)/4 exactly");
        double[] eight = {0.5, -1.5, 2.5, -3.5, -4.5, 5.5, 6.5, -7.5};
        assertTrue(Estimates.signedRankP(eight) <= 1.0);
    }

    /**
     * Twelve subjects, cause 0 (job) or 1 (exit) or censored (-1). R: survfit(Surv(t, factor(status)) ~ 1)
     * gives pstate (job, exit) = (0.1666667, 0.0833333) at 2, (0.3452381, 0.1785714) at 5 and
     * (0.4642857, 0.2976190) at 9.
     */
    @Test
    void aalenJohansenMatchesTheMultiStateSurvfitOfR() {
        double[] t = {1, 2, 2, 3, 3, 4, 5, 5, 6, 8, 9, 10};
        int[] cause = {0, 1, 0, -1, 0, 1, 0, -1, 1, 0, -1, -1};
        List<AalenJohansen.Observation> obs = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            obs.add(new AalenJohansen.Observation(t[i], cause[i]));
        }
        AalenJohansen aj = AalenJohansen.estimate(obs, 2);
        double[][] expected = {{2, 0.1666667, 0.0833333}, {5, 0.3452381, 0.1785714}, {9, 0.4642857, 0.2976190}};
        for (double[] e : expected) {
            assertEquals(e[1], aj.incidenceAt(0, e[0]), 1e-7, "job by " + e[0]);
            assertEquals(e[2], aj.incidenceAt(1, e[0]), 1e-7, "exit by " + e[0]);
        }
        AalenJohansen.Step last = aj.steps().get(aj.steps().size() - 1);
        assertEquals(1.0, last.eventFree() + last.incidence()[0] + last.incidence()[1], 1e-12, "the states add up to 1");
        assertTrue(Double.isNaN(aj.incidenceAt(0, 10.5)), "unknown past the last observation");
        AalenJohansen none = AalenJohansen.estimate(List.of(new AalenJohansen.Observation(4, -1)), 2);
        assertEquals(0.0, none.incidenceAt(1, 3), "all censored: no incidence yet");
    }

    /**
     * Five runs with 3, 7, 1, 12, 5 events over 20, 25, 18, 30, 22 exposure. R: glm(k ~ 1 +
     * offset(log(T)), family = quasipoisson, control = glm.control(epsilon = 1e-14)) has dispersion
     * 1.626971 (the sum of squared Pearson residuals over 4; with the default epsilon, summary()
     * gives 1.627015 from the last iteration's weights); the interval exp(coef +- qt(0.975, 4)
     * sqrt(phi / K)) x 100 is 12.46812 to 47.54660, and poisson.test gives 16.17895 to 35.18939.
     */
    @Test
    void overDispersedBurnoutRateMatchesQuasiPoissonInR() {
        BurnoutRate r = BurnoutRate.of(new double[] {3, 7, 1, 12, 5}, new double[] {20, 25, 18, 30, 22}).per100();
        assertEquals(1.626971, r.dispersion(), 1e-6);
        assertEquals(BurnoutRate.Interval.QUASI_POISSON, r.interval());
        assertEquals(100.0 * 28 / 115, r.rate(), 1e-9);
        assertEquals(12.46812, r.low(), 1e-5);
        assertEquals(47.54660, r.high(), 1e-5);
        assertEquals(16.17895, r.poisson().low(), 1e-5);
        assertEquals(35.18939, r.poisson().high(), 1e-5);
        BurnoutRate under = BurnoutRate.of(new double[] {5, 5, 5}, new double[] {10, 10, 10});
        assertEquals(0.0, under.dispersion(), 1e-12);
        assertTrue(under.high() - under.low() > 0, "dispersion below 1 counts as 1: never narrower than Poisson");
        BurnoutRate one = BurnoutRate.of(new double[] {4}, new double[] {10});
        assertEquals(BurnoutRate.Interval.EXACT_POISSON, one.interval(), "one run: the spread cannot be estimated");
        assertEquals(PoissonRate.of(4, 10).high(), one.high(), 1e-12);
        assertEquals(BurnoutRate.Interval.EXACT_POISSON, BurnoutRate.of(new double[] {0, 0}, new double[] {5, 5}).interval());
    }
}
