package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusim.io.CsvReader;
import org.inclusim.io.CsvTableWriter;

/**
 * The statistics of a batch by user group, read from runs.csv's group rows (the rest of the
 * analysis reads the {@code all} rows): per variant, point and group the summary of every outcome
 * that is counted by group ({@link ShareOutcomes#summarize}: a share's interval within [0, 1]),
 * and each variant's paired effects against the baseline within each group, Holm-adjusted over
 * the variants per point, group and outcome, as {@link Analysis} does for all users. Only a batch
 * with more than one user group has them ({@link #split()}); the report's group section, the
 * workbook's group sheets and {@value #SUMMARY_FILE} / {@value #EFFECTS_FILE} all read them here.
 */
public final class GroupStatistics {
    /** analysis/summary_by_group.csv: {@code summary.csv}'s columns with {@code group} after {@code point}. */
    public static final String SUMMARY_FILE = "summary_by_group.csv";
    /** analysis/effects_by_group.csv: {@code effects.csv}'s columns with {@code group} after {@code point}. */
    public static final String EFFECTS_FILE = "effects_by_group.csv";

    /** One outcome's summary over the replicates of one variant, point and group. */
    public record SummaryRow(String variant, String point, String group, String outcome, Estimates.Summary summary) {
    }

    /** One variant's paired effect on one outcome within one group. */
    public record EffectRow(String group, Analysis.EffectRow effect) {
    }

    private final CsvReader.Table rows;
    /** The group rows of each variant, point and group ({@link #cell}), gathered once. */
    private final Map<String, List<List<String>>> cells = new LinkedHashMap<>();
    private final List<String> groups;
    private final List<String> outcomes;
    /** The summaries by variant, point, group and outcome, in that order. */
    private final Map<String, SummaryRow> summaries = new LinkedHashMap<>();
    private final List<EffectRow> effects = new ArrayList<>();

    private GroupStatistics(BatchData data, List<String> runOutcomes, double precision) {
        this.rows = data.groupRuns();
        this.groups = data.groups();
        int variantColumn = rows.column("variant");
        int pointColumn = rows.column("point");
        int groupColumn = rows.column(BatchData.GROUP);
        rows.rows().forEach(row -> cells.computeIfAbsent(cell(row.get(variantColumn), row.get(pointColumn), row.get(groupColumn)),
                k -> new ArrayList<>()).add(row));
        this.outcomes = groups.size() < 2 ? List.of() : runOutcomes.stream().filter(this::countedByGroup).toList();
        for (String variant : data.variants()) {
            for (String point : data.points()) {
                for (String group : groups) {
                    for (String outcome : outcomes) {
                        double[] x = values(variant, point, group, outcome).values().stream().mapToDouble(Double::doubleValue).toArray();
                        summaries.put(key(variant, point, group, outcome),
                                new SummaryRow(variant, point, group, outcome, ShareOutcomes.summarize(outcome, x)));
                    }
                }
            }
        }
        List<String> others = data.variants().subList(1, data.variants().size());
        for (String point : data.points()) {
            for (String group : groups) {
                for (String outcome : outcomes) {
                    Analysis.pairedEffects(data.baseline(), others, point, outcome, v -> values(v, point, group, outcome), precision)
                            .forEach(e -> effects.add(new EffectRow(group, e)));
                }
            }
        }
    }

    /** The statistics by group of {@code data}'s runs.csv outcomes {@code runOutcomes} (nothing with fewer than two groups). */
    static GroupStatistics of(BatchData data, List<String> runOutcomes, double precision) {
        return new GroupStatistics(data, runOutcomes, precision);
    }

    /** An outcome has a value in some group row: the user outcomes (mentors, advisers and costs belong to the run). */
    private boolean countedByGroup(String outcome) {
        int o = rows.column(outcome);
        return o >= 0 && rows.rows().stream().anyMatch(r -> !r.get(o).isEmpty());
    }

    /** True if the batch has more than one user group, so that outcomes are split by group. */
    public boolean split() {
        return groups.size() >= 2;
    }

    /** The user groups, in runs.csv's order. */
    public List<String> groups() {
        return groups;
    }

    /** The outcomes counted by group, in runs.csv's order; empty unless {@link #split()}. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** Every summary: by variant, point, group, then outcome (summary.csv's order, groups within a point). */
    public List<SummaryRow> summaries() {
        return List.copyOf(summaries.values());
    }

    /** The summary of one outcome of one variant, point and group, or null if it is not counted by group. */
    public Estimates.Summary summary(String variant, String point, String group, String outcome) {
        SummaryRow row = summaries.get(key(variant, point, group, outcome));
        return row == null ? null : row.summary();
    }

    private static String key(String variant, String point, String group, String outcome) {
        return String.join("\u0000", variant, point, group, outcome);
    }

    /** Every paired effect: by point, group, outcome, then variant (effects.csv's order, groups within a point). */
    public List<EffectRow> effects() {
        return effects;
    }

    private static String cell(String variant, String point, String group) {
        return String.join("\u0000", variant, point, group);
    }

    /** One outcome of one group for one variant and point, by replicate; NaN for empty cells. */
    private Map<Integer, Double> values(String variant, String point, String group, String column) {
        int r = rows.column("replicate");
        int o = rows.column(column);
        Map<Integer, Double> out = new TreeMap<>();
        for (List<String> row : cells.getOrDefault(cell(variant, point, group), List.of())) {
            out.put(Integer.parseInt(row.get(r)), row.get(o).isEmpty() ? Double.NaN : Double.parseDouble(row.get(o)));
        }
        return out;
    }

    /** Writes {@value #SUMMARY_FILE} and {@value #EFFECTS_FILE} into {@code dir} if the batch is {@link #split()}. */
    void write(Path dir) throws IOException {
        if (!split()) {
            return;
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve(SUMMARY_FILE),
                List.of("variant", "point", "group", "outcome", "n", "mean", "sd", "ci_low", "ci_high", "median"))) {
            for (SummaryRow row : summaries.values()) {
                Estimates.Summary s = row.summary();
                out.write(Arrays.asList(row.variant(), row.point(), row.group(), row.outcome(), s.n(), s.mean(), s.sd(), s.low(),
                        s.high(), s.median()));
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve(EFFECTS_FILE), List.of("variant", "point", "group", "outcome",
                "pairs", "baseline_mean", "variant_mean", "difference", "ci_low", "ci_high", "wilcoxon_p", "holm_p",
                "replications_needed"))) {
            for (EffectRow row : effects) {
                Analysis.EffectRow e = row.effect();
                out.write(Arrays.asList(e.variant(), e.point(), row.group(), e.outcome(), e.pairs(), e.baselineMean(), e.variantMean(),
                        e.difference(), e.low(), e.high(), e.wilcoxonP(), e.holmP(), e.replicationsNeeded()));
            }
        }
    }
}
