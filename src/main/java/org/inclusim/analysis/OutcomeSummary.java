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

    /** The summary table of a runs.csv as text, one row per variant and point. */
    public static String table(Path runsCsv) throws IOException {
        CsvReader.Table table = CsvReader.read(runsCsv);
        Map<String, Map<String, List<Double>>> groups = new LinkedHashMap<>();
        int variant = table.column("variant");
        int point = table.column("point");
        for (List<String> row : table.rows()) {
            String key = row.get(variant) + (row.get(point).equals("0") ? "" : " @" + row.get(point));
            Map<String, List<Double>> group = groups.computeIfAbsent(key, k -> new LinkedHashMap<>());
            for (String outcome : MAIN.keySet()) {
                String cell = row.get(table.column(outcome));
                group.computeIfAbsent(outcome, k -> new ArrayList<>()).add(cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %5s", "variant", "runs"));
        MAIN.values().forEach(label -> sb.append(String.format(Locale.ROOT, "  %-22s", label)));
        sb.append('\n');
        for (Map.Entry<String, Map<String, List<Double>>> g : groups.entrySet()) {
            int runs = g.getValue().values().iterator().next().size();
            sb.append(String.format(Locale.ROOT, "%-22s %5d", g.getKey(), runs));
            for (String outcome : MAIN.keySet()) {
                sb.append(String.format(Locale.ROOT, "  %-22s", estimate(g.getValue().get(outcome)).format()));
            }
            sb.append('\n');
        }
        return sb.append("(mean ± half-width of the 95 % t confidence interval over replications)\n").toString();
    }
}
