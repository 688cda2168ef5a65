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

    /** The columns of weekly.csv the bands read: users per stage, then the other series. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>(Trajectories.STAGES);
        columns.addAll(COUNTS);
        return columns;
    }

    /**
     * One pass over weekly.csv ({@link BatchData#forEachWeeklyRun}) that keeps only the numbers it
     * needs (by variant, series and week, in file order, so the summaries are those of the whole
     * table).
     */
    static Map<String, Map<String, Analysis.Band>> of(BatchData data) {
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
        List<String> columns = columns();
        int stageCount = Trajectories.STAGES.size();
        data.forEachWeeklyRun(columns, run -> {
            DoubleList[][] byWeek = values.get(run.variant());
            if (byWeek == null || !run.point().equals(point)) {
                return;
            }
            double[][] cells = new double[columns.size()][];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = run.column(columns.get(c));
            }
            for (int r = 0; r < run.size(); r++) {
                int week = run.week(r);
                double users = 0;
                for (int c = 0; c < stageCount; c++) {
                    users += cells[c][r];
                }
                int s = 0;
                for (int c = 0; c < stageCount; c++) {
                    byWeek[s++][week].add(users == 0 ? 0 : cells[c][r] / users);
                }
                for (int c = stageCount; c < cells.length; c++) {
                    byWeek[s++][week].add(cells[c][r]);
                }
            }
        });
        Map<String, Map<String, Analysis.Band>> out = new LinkedHashMap<>();
        for (String variant : data.variants()) {
            Map<String, Analysis.Band> bands = new LinkedHashMap<>();
            DoubleList[][] byWeek = values.get(variant);
            for (int k = 0; k < series.size(); k++) {
                double ceiling = k < stageCount ? 1.0 : Double.POSITIVE_INFINITY;
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
