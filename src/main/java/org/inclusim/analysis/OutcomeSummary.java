package org.inclusim.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The main outcomes of runs.csv that the table at the end of a batch shows, per variant and
 * design point, each with its mean and 95 % interval ({@link ShareOutcomes#summarize}).
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
}
