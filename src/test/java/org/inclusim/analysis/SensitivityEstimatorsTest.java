package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.inclusim.scenario.SensitivityDesign;
import org.junit.jupiter.api.Test;

/** The estimators on analytic functions with known indices. */
class SensitivityEstimatorsTest {
    static SobolIndices.Index[] sobol(int n, int k, ToDoubleFunction<double[]> f) {
        List<double[]> plan = SensitivityDesign.saltelli(n, k);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int r = 0; r < n; r++) {
            fA[r] = f.applyAsDouble(plan.get(r));
            fB[r] = f.applyAsDouble(plan.get(n + r));
            for (int i = 0; i < k; i++) {
                fAB[i][r] = f.applyAsDouble(plan.get((2 + i) * n + r));
            }
        }
        return SobolIndices.estimate(fA, fB, fAB, 200, 1);
    }

    /** Ishigami (a = 7, b = 0.1) on [-pi, pi]^3: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437). Tolerance 0.03. */
    @Test
    void ishigami() {
        SobolIndices.Index[] s = sobol(8192, 3, u -> {
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double x2 = -Math.PI + 2 * Math.PI * u[1];
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        });
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s[i].first(), 0.03, "S" + (i + 1));
            assertEquals(total[i], s[i].total(), 0.03, "ST" + (i + 1));
            assertTrue(s[i].totalLow() <= s[i].total() && s[i].total() <= s[i].totalHigh(), "bootstrap interval holds the estimate");
        }
    }

    /** Sobol' g-function, a = (0, 1, 4.5, 9): V_i = 1 / (3 (1 + a_i)^2), S_i = V_i / V. Tolerance 0.03. */
    @Test
    void gFunction() {
        double[] a = {0, 1, 4.5, 9};
        SobolIndices.Index[] s = sobol(8192, 4, u -> {
            double p = 1;
            for (int i = 0; i < 4; i++) {
                p *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return p;
        });
        double[] vi = new double[4];
        double prod = 1;
        for (int i = 0; i < 4; i++) {
            vi[i] = 1.0 / (3 * Math.pow(1 + a[i], 2));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        for (int i = 0; i < 4; i++) {
            assertEquals(vi[i] / v, s[i].first(), 0.03, "S" + (i + 1));
            double totalExpected = vi[i] * prod / (1 + vi[i]) / v;
            assertEquals(totalExpected, s[i].total(), 0.03, "ST" + (i + 1));
        }
    }

    /** Morris on f = 3 x1 - 0.5 x2 + 0 x3 + x1 x2: mu* of x3 is 0, x1 ranks first, sigma shows the interaction. */
    @Test
    void morrisRanksAndDetectsInteraction() {
        int k = 3;
        List<double[]> plan = SensitivityDesign.morris(40, k, 4, 7);
        double[][] x = plan.toArray(new double[0][]);
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = 3 * x[i][0] - 0.5 * x[i][1] + x[i][0] * x[i][1];
        }
        MorrisScreening.Effect[] e = MorrisScreening.estimate(x, f, k, 200, 1);
        assertEquals(0.0, e[2].muStar(), 1e-12, "x3 has no effect");
        assertTrue(e[0].muStar() > e[1].muStar(), "x1 matters most");
        assertEquals(40, e[0].trajectories());
        assertTrue(e[0].sigma() > 0.1 && e[1].sigma() > 0.1, "the x1 x2 interaction shows as spread");
        double[][] linear = x;
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = 2 * linear[i][0] - linear[i][2];
        }
        MorrisScreening.Effect[] l = MorrisScreening.estimate(linear, g, k, 50, 1);
        assertEquals(2.0, l[0].muStar(), 1e-9, "a linear effect is exact");
        assertEquals(1.0, l[2].muStar(), 1e-9);
        assertEquals(0.0, l[0].sigma(), 1e-9);
    }
}
