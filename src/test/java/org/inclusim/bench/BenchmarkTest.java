package org.inclusim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
    private static Benchmark.SizeResult size(int users, double nsPerUserWeek, double floor) {
        double seconds = nsPerUserWeek * users * 520 / 1e9;
        return new Benchmark.SizeResult(users, seconds, nsPerUserWeek, 3 * nsPerUserWeek, floor, nsPerUserWeek / floor,
                Double.NaN, 1L << 20, 1000);
    }

    @Test
    void growthContextSetsTheModelsGrowthAgainstTheFloors() {
        Growth growth = new Growth(size(100_000, 30.0, 12.0), size(1_000_000, 45.0, 60.0));
        assertEquals(15.0, growth.time(), 1e-9);
        assertEquals("      same runs: the RandomSequence floor's time grows 50.0-fold for 10 times the agents;"
                + " the model's ns per user-week 1.50-fold, the floor's 5.00-fold", growth.context());
    }

    @Test
    void growthTableHasOneLinePerStepBetweenConsecutiveSizes() {
        List<String> lines = Growth.table(List.of(size(250_000, 36.0, 11.0), size(500_000, 45.0, 44.0),
                size(1_000_000, 45.0, 88.0)));
        assertEquals(4, lines.size());
        assertEquals("    250000     500000     2.00     2.50           1.25               4.00", lines.get(2));
        assertEquals("    500000    1000000     2.00     2.00           1.00               2.00", lines.get(3));
    }

    @Test
    void growthTableIsEmptyForOneSize() {
        assertEquals(List.of(), Growth.table(List.of(size(10_000, 30.0, 12.0))));
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.0, Benchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Benchmark.median(new double[] {4, 1, 3, 2}));
    }
}
