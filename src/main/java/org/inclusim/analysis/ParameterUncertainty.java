package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusim.io.CsvTableWriter;

/**
 * Effects with parameter and stochastic uncertainty, for a batch run over parameter draws. For
 * each variant, point and outcome, the paired differences (variant minus baseline, replicate by
 * replicate: common random numbers within a draw) are grouped by draw. With m_d the mean
 * difference of draw d over its R_d pairs and s_d^2 their variance, over the N draws:
 * <ul>
 *   <li>effect = the mean of m_d (draws are already drawn by weight);</li>
 *   <li>stochastic variance S = W / R, with W the mean of s_d^2 and R the mean pairs per draw: the
 *   variance of an effect estimated from R replications at one parameter set;</li>
 *   <li>parameter variance P = max(0, B - W / R), with B the variance of the m_d across draws:
 *   the spread of the effect across the accepted sets, less the part of B the runs' own
 *   randomness makes (one-way random-effects ANOVA, method of moments);</li>
 *   <li>combined 95 % interval: effect +- 1.96 sqrt(P + S) (law of total variance); the
 *   stochastic-only interval is effect +- 1.96 sqrt(S); the parameter share is P / (P + S).</li>
 * </ul>
 * With one replication per draw W cannot be told from B: then S and the share are not
 * available and the combined interval uses B alone. Formulas also in docs/statistics.md.
 */
public final class ParameterUncertainty {
    static final double Z = 1.959963984540054;
    public static final String FILE = "parameter_uncertainty.csv";

    /** One effect with its two intervals and the parameter share of the combined variance. */
    public record Row(String variant, String point, String outcome, int draws, double pairsPerDraw, double effect,
                      double stochasticLow, double stochasticHigh, double combinedLow, double combinedHigh,
                      double parameterVariance, double stochasticVariance, double parameterShare) {
    }

    private ParameterUncertainty() {
    }

    /** The rows of every variant against the baseline, every point and outcome; empty without draws. */
    public static List<Row> of(Analysis a) {
        BatchData data = a.data();
        List<Row> rows = new ArrayList<>();
        if (!data.hasDraws()) {
            return rows;
        }
        Map<Integer, Integer> drawOf = data.drawOfReplicate();
        for (String point : data.points()) {
            for (String outcome : a.outcomes()) {
                Map<Integer, Double> base = a.values(data.baseline(), point, outcome);
                for (String variant : data.variants().subList(1, data.variants().size())) {
                    rows.add(row(variant, point, outcome, byDraw(base, a.values(variant, point, outcome), drawOf)));
                }
            }
        }
        return rows;
    }

    /** The paired differences grouped by draw (replicates where both are defined). */
    static Map<Integer, double[]> byDraw(Map<Integer, Double> base, Map<Integer, Double> other, Map<Integer, Integer> drawOf) {
        Map<Integer, DoubleList> lists = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : base.entrySet()) {
            Double b = other.get(e.getKey());
            Integer d = drawOf.get(e.getKey());
            if (b != null && d != null && !Double.isNaN(b) && !Double.isNaN(e.getValue())) {
                lists.computeIfAbsent(d, k -> new DoubleList()).add(b - e.getValue());
            }
        }
        Map<Integer, double[]> out = new TreeMap<>();
        lists.forEach((d, l) -> out.put(d, l.toArray()));
        return out;
    }

    /** The effect of one variant on one outcome at one point from its paired differences by draw. */
    static Row row(String variant, String point, String outcome, Map<Integer, double[]> byDraw) {
        double[] means = byDraw.values().stream().mapToDouble(x -> Arrays.stream(x).average().orElse(Double.NaN)).toArray();
        int n = means.length;
        double effect = n == 0 ? Double.NaN : Arrays.stream(means).average().orElse(Double.NaN);
        double pairs = byDraw.values().stream().mapToInt(x -> x.length).average().orElse(Double.NaN);
        double between = variance(means);
        double within = byDraw.values().stream().filter(x -> x.length >= 2).mapToDouble(ParameterUncertainty::variance).average()
                .orElse(Double.NaN);
        double stochastic = within / pairs;
        double parameter = Double.isNaN(stochastic) ? Double.NaN : Math.max(0, between - stochastic);
        double total = Double.isNaN(stochastic) ? between : parameter + stochastic;
        double share = total > 0 ? parameter / total : Double.NaN;
        return new Row(variant, point, outcome, n, pairs, effect, effect - Z * Math.sqrt(stochastic), effect + Z * Math.sqrt(stochastic),
                effect - Z * Math.sqrt(total), effect + Z * Math.sqrt(total), parameter, stochastic, share);
    }

    /** Sample variance (n - 1); NaN below two values. */
    static double variance(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }

    /** Writes {@link #FILE} (columns: docs/statistics.md). */
    static void write(List<Row> rows, Path file) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("variant", "point", "outcome", "draws", "pairs_per_draw",
                "effect", "stochastic_low", "stochastic_high", "combined_low", "combined_high", "parameter_variance",
                "stochastic_variance", "parameter_share"))) {
            for (Row r : rows) {
                out.write(Arrays.asList(r.variant(), r.point(), r.outcome(), r.draws(), r.pairsPerDraw(), r.effect(), r.stochasticLow(),
                        r.stochasticHigh(), r.combinedLow(), r.combinedHigh(), r.parameterVariance(), r.stochasticVariance(),
                        r.parameterShare()));
            }
        }
    }
}
