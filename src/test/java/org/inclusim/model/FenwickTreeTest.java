package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Fenwick tree behind reuse of success agrees with a plain array, through growth. */
class FenwickTreeTest {
    @Test
    void prefixSumsAndWeightedDrawsAgreeWithALinearScan() {
        Random random = new Random(5);
        FenwickTree tree = new FenwickTree();
        long[] weights = new long[300];
        for (int n = 0; n < weights.length; n++) {
            tree.addIndex();
            for (int k = 0; k < 3; k++) {
                int i = random.nextInt(n + 1);
                long by = random.nextInt(4);
                weights[i] += by;
                tree.add(i, by);
            }
            long total = 0;
            for (int i = 0; i <= n; i++) {
                assertEquals(total, tree.prefix(i), "prefix " + i + " of " + (n + 1));
                total += weights[i];
            }
            assertEquals(total, tree.total());
            if (total > 0) {
                for (int d = 0; d < 20; d++) {
                    double x = random.nextDouble() * total;
                    int expected = 0;
                    long cumulative = weights[0];
                    while (cumulative <= x) {
                        cumulative += weights[++expected];
                    }
                    assertEquals(expected, tree.find(x), "draw " + x + " of " + total);
                }
            }
        }
    }
}
