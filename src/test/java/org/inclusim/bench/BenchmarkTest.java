package org.inclusim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchmarkTest {
    private static Benchmark.SizeResult size(int users, double nsPerUserWeek, double floor) {
        double seconds = nsPerUserWeek * users * 520 / 1e9;
        return new Benchmark.SizeResult(users, seconds, nsPerUserWeek, 3 * nsPerUserWeek, floor, nsPerUserWeek / floor,
                Double.NaN, 1L << 20, 1000);
    }

    @Test
    void growthContextSetsTheModelsGrowthAgainstTheFloors() {
        String line = Benchmark.growthContext(size(100_000, 30.0, 12.0), size(1_000_000, 45.0, 60.0));
        assertEquals("      same runs: the RandomSequence floor's time grows 50.0-fold for 10 times the agents;"
                + " the model's ns per user-week 1.50-fold, the floor's 5.00-fold", line);
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.0, Benchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Benchmark.median(new double[] {4, 1, 3, 2}));
    }
}
