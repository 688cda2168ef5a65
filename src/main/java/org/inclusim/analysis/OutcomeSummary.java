package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.io.CsvReader;

/**
 * Mean and 95 % confidence interval (Student t) of the main outcomes of runs.csv, per variant and
 * design point. With one run the interval is not available and shown as such, never as zero.
 */
public final class OutcomeSummary {
    /** The outcomes shown, with their labels. */
    public static final Map<String, String> MAIN = mainOutcomes();

    private OutcomeSummary() {
    }

    private static Map<String, String> mainOutcomes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ever_employed_share", "ever employed");
        m.put("employment_share_horizon", "employed at horizon");
        m.put("retention_52w", "retention 52 w");
        m.put("burnout_per_100_mentor_years", "burnout /100 m-yr");
        m.put("mentor_pool_end", "mentor pool end");
        return m;
    }

    /** One cell: mean with its 95 % CI half-width (NaN if fewer than two values). */
    public record Estimate(int n, double mean, double halfWidth) {
        public String format() {
            if (n == 0) {
                return "n/a";
            }
            String mean = String.format(Locale.ROOT, "%.3f", this.mean);
            return Double.isNaN(halfWidth) ? mean + " (CI n/a)" : String.format(Locale.ROOT, "%s ± %.3f", mean, halfWidth);
        }
    }

    public static Estimate estimate(List<Double> values) {
        SummaryStatistics s = new SummaryStatistics();
        values.stream().filter(v -> !v.isNaN()).forEach(s::addValue);
        int n = (int) s.getN();
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Estimate(1, s.getMean(), Double.NaN);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(n, s.getMean(), t * s.getStandardDeviation() / Math.sqrt(n));
    }
}
