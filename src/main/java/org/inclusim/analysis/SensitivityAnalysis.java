package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvTableWriter;

/**
 * Sensitivity indices of a batch made from a scenario's {@code sensitivity} block (read from the
 * manifest): for every outcome, the model output at each design point is the mean over the
 * baseline variant's replications, and the indices follow {@link SobolIndices} or
 * {@link MorrisScreening}. Bootstrap intervals use 1,000 resamples with a fixed seed.
 */
public final class SensitivityAnalysis {
    static final int BOOTSTRAP = 1000;
    static final long BOOTSTRAP_SEED = 20161001L;

    /** One index of one parameter for one outcome. */
    public record Row(String outcome, String parameter, String index, double value, double low, double high) {
    }

    private final String method;
    private final List<Row> rows = new ArrayList<>();

    private SensitivityAnalysis(String method) {
        this.method = method;
    }

    /** The analysis, or null if the batch was not made from a sensitivity block. */
    @SuppressWarnings("unchecked")
    public static SensitivityAnalysis of(BatchData data) {
        Object block = data.manifest().get("sensitivity");
        if (!(block instanceof Map<?, ?> spec)) {
            return null;
        }
        String method = String.valueOf(spec.get("method"));
        int size = ((Number) spec.get("size")).intValue();
        Map<String, Object> ranges = (Map<String, Object>) spec.get("parameters");
        List<String> parameters = new ArrayList<>(ranges.keySet());
        int k = parameters.size();
        SensitivityAnalysis out = new SensitivityAnalysis(method);
        for (Object o : (List<Object>) spec.get("outcomes")) {
            String outcome = String.valueOf(o);
            if (data.runs().column(outcome) < 0) {
                throw new AnalysisException("sensitivity outcome '" + outcome + "' is not a column of runs.csv");
            }
            double[] f = pointMeans(data, outcome);
            int expected = method.equals("sobol") ? size * (k + 2) : size * (k + 1);
            if (f.length != expected) {
                throw new AnalysisException(data.folder() + " has " + f.length + " design points, the " + method + " plan has "
                        + expected + "; analyse the complete (merged) batch");
            }
            if (method.equals("sobol")) {
                out.sobol(outcome, parameters, f, size, k);
            } else {
                out.morris(outcome, parameters, f, unitPoints(data, parameters, ranges), k);
            }
        }
        return out;
    }

    /** The mean output at each design point, indexed by the point's number (0, 1, ...). */
    private static double[] pointMeans(BatchData data, String outcome) {
        List<String> points = data.points();
        int count = points.stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
        if (count != points.size()) {
            throw new AnalysisException(data.folder() + " lacks some design points (it holds " + points.size() + " of at least "
                    + count + "); analyse the complete (merged) batch");
        }
        double[] f = new double[count];
        for (String point : points) {
            f[Integer.parseInt(point)] = Estimates.summarize(data.outcome(data.baseline(), point, outcome).values().stream()
                    .mapToDouble(Double::doubleValue).toArray()).mean();
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    private static double[][] unitPoints(BatchData data, List<String> parameters, Map<String, Object> ranges) {
        List<String> points = data.points();
        double[][] x = new double[points.size()][parameters.size()];
        int cPoint = data.runs().column("point");
        int cVariant = data.runs().column("variant");
        Map<String, List<String>> firstRow = new LinkedHashMap<>();
        for (List<String> row : data.runs().rows()) {
            if (row.get(cVariant).equals(data.baseline())) {
                firstRow.putIfAbsent(row.get(cPoint), row);
            }
        }
        int[] columns = parameters.stream().mapToInt(p -> data.runs().column(BatchData.parameterColumn(p))).toArray();
        for (int i = 0; i < points.size(); i++) {
            List<String> row = firstRow.get(Integer.toString(i));
            for (int j = 0; j < parameters.size(); j++) {
                List<Object> range = (List<Object>) ranges.get(parameters.get(j));
                double lo = ((Number) range.get(0)).doubleValue();
                double hi = ((Number) range.get(1)).doubleValue();
                x[i][j] = (Double.parseDouble(row.get(columns[j])) - lo) / (hi - lo);
            }
        }
        return x;
    }

    private void sobol(String outcome, List<String> parameters, double[] f, int n, int k) {
        double[] fA = Arrays.copyOfRange(f, 0, n);
        double[] fB = Arrays.copyOfRange(f, n, 2 * n);
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            fAB[i] = Arrays.copyOfRange(f, (2 + i) * n, (3 + i) * n);
        }
        SobolIndices.Index[] indices = SobolIndices.estimate(fA, fB, fAB, BOOTSTRAP, BOOTSTRAP_SEED);
        for (int i = 0; i < k; i++) {
            SobolIndices.Index x = indices[i];
            rows.add(new Row(outcome, parameters.get(i), "first_order", x.first(), x.firstLow(), x.firstHigh()));
            rows.add(new Row(outcome, parameters.get(i), "total", x.total(), x.totalLow(), x.totalHigh()));
        }
    }

    private void morris(String outcome, List<String> parameters, double[] f, double[][] x, int k) {
        MorrisScreening.Effect[] effects = MorrisScreening.estimate(x, f, k, BOOTSTRAP, BOOTSTRAP_SEED);
        for (int i = 0; i < k; i++) {
            MorrisScreening.Effect e = effects[i];
            rows.add(new Row(outcome, parameters.get(i), "mu_star", e.muStar(), e.muStarLow(), e.muStarHigh()));
            rows.add(new Row(outcome, parameters.get(i), "sigma", e.sigma(), Double.NaN, Double.NaN));
        }
    }

    public String method() {
        return method;
    }

    public List<Row> rows() {
        return rows;
    }

    public void writeCsv(Path file) throws IOException {
        try (CsvTableWriter out = new CsvTableWriter(file, List.of("method", "outcome", "parameter", "index", "value", "ci_low", "ci_high"))) {
            for (Row r : rows) {
                out.write(Arrays.asList(method, r.outcome(), r.parameter(), r.index(), r.value(), r.low(), r.high()));
            }
        }
    }
}
