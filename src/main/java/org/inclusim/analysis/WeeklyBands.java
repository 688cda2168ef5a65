package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bands of the weekly series over replicates, for every variant at the first design point: the
 * share of users referred so far in each stage, the mentor pool, mentors on leave and mean strain.
 * Each week's band is the 95 % t interval of the mean over replicates, clipped to the range the
 * series can take: [0, 1] for shares, [0, infinity) for counts and strain.
 */
final class WeeklyBands {
    /** Weekly series summarised over replicates besides the stage shares. */
    static final List<String> COUNTS = List.of("mentor_pool", "mentors_on_leave", "mean_strain");

    private WeeklyBands() {
    }

    /**
     * One streaming pass over weekly.csv that keeps only the numbers it needs (by variant, series
     * and week, in file order, so the summaries are those of the whole table).
     */
    static Map<String, Map<String, Analysis.Band>> of(BatchData data) {
        List<String> header = data.weeklyHeader();
        int cVariant = header.indexOf("variant");
        int cPoint = header.indexOf("point");
        int cWeek = header.indexOf("week");
        int[] stageColumns = Trajectories.STAGES.stream().mapToInt(header::indexOf).toArray();
        int[] countColumns = COUNTS.stream().mapToInt(header::indexOf).toArray();
        String point = data.points().get(0);
        int horizon = data.horizonWeeks();
        List<String> series = new ArrayList<>();
        Trajectories.STAGES.forEach(s -> series.add("share_" + s));
        series.addAll(COUNTS);
        Map<String, DoubleList[][]> values = new LinkedHashMap<>();
        for (String variant : data.variants()) {
            DoubleList[][] byWeek = new DoubleList[series.size()][horizon];
            for (DoubleList[] weeks : byWeek) {
                for (int i = 0; i < horizon; i++) {
                    weeks[i] = new DoubleList();
                }
            }
            values.put(variant, byWeek);
        }
        data.forEachWeeklyRow(row -> {
            DoubleList[][] byWeek = values.get(row.get(cVariant));
            if (byWeek == null || !row.get(cPoint).equals(point)) {
                return;
            }
            int week = Integer.parseInt(row.get(cWeek));
            double users = 0;
            for (int c : stageColumns) {
                users += Double.parseDouble(row.get(c));
            }
            int s = 0;
            for (int c : stageColumns) {
                byWeek[s++][week].add(users == 0 ? 0 : Double.parseDouble(row.get(c)) / users);
            }
            for (int c : countColumns) {
                byWeek[s++][week].add(Double.parseDouble(row.get(c)));
            }
        });
        Map<String, Map<String, Analysis.Band>> out = new LinkedHashMap<>();
        for (String variant : data.variants()) {
            Map<String, Analysis.Band> bands = new LinkedHashMap<>();
            DoubleList[][] byWeek = values.get(variant);
            for (int k = 0; k < series.size(); k++) {
                double ceiling = k < Trajectories.STAGES.size() ? 1.0 : Double.POSITIVE_INFINITY;
                bands.put(series.get(k), band(byWeek[k], horizon, ceiling));
            }
            out.put(variant, bands);
        }
        return out;
    }

    private static Analysis.Band band(DoubleList[] byWeek, int horizon, double ceiling) {
        double[] mean = new double[horizon];
        double[] low = new double[horizon];
        double[] high = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            Estimates.Interval s = Estimates.interval(Estimates.withoutNaN(byWeek[i].toArray()));
            mean[i] = s.mean();
            low[i] = Math.max(0, s.low());
            high[i] = Math.min(ceiling, s.high());
        }
        return new Analysis.Band(mean, low, high);
    }
}
