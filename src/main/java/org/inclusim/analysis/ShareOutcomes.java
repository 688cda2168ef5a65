package org.inclusim.analysis;

import java.util.regex.Pattern;

/**
 * Which outcomes are shares (a proportion between 0 and 1: of users, jobs, mentors or load), so
 * that their 95 % t interval over replicates is clipped to [0, 1] (docs/statistics.md, "Summary"):
 * the t interval of a share near 0 or 1 can reach past it, and a share cannot. Only levels are
 * clipped, never counts, weeks or hours, and never differences (a paired effect on a share runs
 * from -1 to 1, and its interval is the test).
 *
 * <p>The rule is by column name, so that the Java report, the R reference script and the notebook
 * helper apply the same one: a name ending in {@code _share} or {@code _share_horizon},
 * {@code retention_<N>w}, {@code mentee_weeks_gini}, and the per-run survival and incidence
 * summaries {@code job_survival_<N>w} and {@code cif_<cause>_<N>w}. A test holds it to the unit
 * "share" of every runs.csv column in docs/data-dictionary.md.
 */
public final class ShareOutcomes {
    private static final Pattern SHARE = Pattern.compile(
            ".*_share|.*_share_horizon|retention_\\d+w|mentee_weeks_gini|job_survival_\\d+w|cif_.+_\\d+w");

    private ShareOutcomes() {
    }

    /** True if {@code column} (of runs.csv or run_survival.csv) is a share. */
    public static boolean isShare(String column) {
        return SHARE.matcher(column).matches();
    }

    /**
     * The summary of an outcome over replicates ({@link Estimates#summarize}), its interval
     * clipped to [0, 1] if the outcome is a share; NaN bounds stay NaN.
     */
    public static Estimates.Summary summarize(String outcome, double[] values) {
        Estimates.Summary s = Estimates.summarize(values);
        if (!isShare(outcome)) {
            return s;
        }
        return new Estimates.Summary(s.n(), s.mean(), s.sd(), Math.max(0, s.low()), Math.min(1, s.high()), s.median());
    }
}
