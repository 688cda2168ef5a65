package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    @Test
    void aDrawIsAPureFunctionOfItsKey() {
        RandomStreams a = new RandomStreams(5);
        RandomStreams b = new RandomStreams(5);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.uniform(Purpose.CRISIS, i, 3, 1), b.uniform(Purpose.CRISIS, i, 3, 1));
        }
        assertNotEquals(a.uniform(Purpose.CRISIS, 1, 3), a.uniform(Purpose.LEAVE, 1, 3), "purposes are separate streams");
        assertNotEquals(a.uniform(Purpose.CRISIS, 1, 3), a.uniform(Purpose.CRISIS, 1, 4), "weeks differ");
        assertNotEquals(a.uniform(Purpose.CRISIS, 1, 3), new RandomStreams(6).uniform(Purpose.CRISIS, 1, 3), "seeds differ");
    }

    @Test
    void drawsAreUniformOnTheUnitInterval() {
        RandomStreams r = new RandomStreams(11);
        long[] bins = new long[20];
        double[] expected = new double[20];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = r.uniform(Purpose.SEEKING, i % 1000, i / 1000);
            assertTrue(u >= 0 && u < 1);
            bins[(int) (u * 20)]++;
        }
        java.util.Arrays.fill(expected, n / 20.0);
        double p = new ChiSquareTest().chiSquareTest(expected, bins);
        assertTrue(p > 0.001, "chi-square uniformity p = " + p);
    }

    @Test
    void poissonDrawsHaveTheRightMeanAndVariance() {
        RandomStreams r = new RandomStreams(3);
        for (double mean : new double[] {0.2, 4.0, 75.0}) {
            SummaryStatistics s = new SummaryStatistics();
            for (int week = 0; week < 20_000; week++) {
                s.addValue(r.poisson(mean, Purpose.ARRIVALS, 0, week));
            }
            double tolerance = 5 * Math.sqrt(mean / 20_000.0);
            assertEquals(mean, s.getMean(), tolerance, "mean for " + mean);
            assertEquals(mean, s.getVariance(), 0.1 * mean + 0.02, "variance for " + mean);
        }
        assertEquals(0, r.poisson(0.0, Purpose.ARRIVALS, 0, 1));
    }

    @Test
    void poissonInversionMatchesTheCumulativeDistribution() {
        assertEquals(0, RandomStreams.poissonByInversion(1.0, 0.3));
        assertEquals(1, RandomStreams.poissonByInversion(1.0, 0.5));
        assertEquals(2, RandomStreams.poissonByInversion(1.0, 0.8));
    }
}
