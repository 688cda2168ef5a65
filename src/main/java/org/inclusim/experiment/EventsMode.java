package org.inclusim.experiment;

import java.util.Locale;

/**
 * Which runs write their trajectories to events.csv: all, none, or {@code sample:K} (the runs of
 * replicates 0 to K-1 of every variant and point).
 */
public record EventsMode(int replicates) {
    public static final EventsMode ALL = new EventsMode(Integer.MAX_VALUE);
    public static final EventsMode NONE = new EventsMode(0);

    /** Parses {@code all}, {@code none} or {@code sample:K}. */
    public static EventsMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
            return ALL;
        }
        if (t.equals("none")) {
            return NONE;
        }
        if (t.startsWith("sample:")) {
            try {
                int k = Integer.parseInt(t.substring("sample:".length()));
                if (k >= 1) {
                    return new EventsMode(k);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("--events " + text + ": expected all, none or sample:K with K >= 1");
    }

    public boolean records(RunSpec run) {
        return run.replicate() < replicates;
    }

    @Override
    public String toString() {
        return replicates == Integer.MAX_VALUE ? "all" : replicates == 0 ? "none" : "sample:" + replicates;
    }
}
