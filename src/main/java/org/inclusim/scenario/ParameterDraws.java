package org.inclusim.scenario;

import java.util.Set;

/**
 * The parameter draws a scenario runs over: {@code count} draws (0: none, the calibrated point
 * only) from the accepted sets of the calibration its {@code extends} chain inherits.
 *
 * @param count the number of draws; 0 runs the calibrated point as before
 * @param sets  the accepted sets the chain names ({@code accepted_sets}), or null if it names none
 * @param fixed parameter paths a file nearer than the one naming the sets sets itself: a draw
 *              leaves them (and whatever a variant or design point sets) as set
 * @param unavailable why the sets the chain names cannot be used (missing or damaged file), or
 *              null; only an error once draws are asked for, so that a scenario without draws
 *              runs as before even where the accepted-sets file was not copied along
 */
public record ParameterDraws(int count, AcceptedSetsFile sets, Set<String> fixed, String unavailable) {
    /** Most draws in one batch. */
    public static final int MAX_DRAWS = 10_000;
    public static final ParameterDraws NONE = new ParameterDraws(0, null, Set.of(), null);

    public ParameterDraws {
        fixed = Set.copyOf(fixed);
        if (count < 0 || count > MAX_DRAWS) {
            throw new IllegalArgumentException("parameter draws " + count + ": expected 0 (the calibrated point only) to " + MAX_DRAWS);
        }
        if (count > 0 && sets == null) {
            throw new IllegalArgumentException("parameter draws need accepted parameter sets, and the scenario's extends chain"
                    + " names none (a calibrated file written by 'calibrate --write' with an abc block names them in 'accepted_sets')");
        }
    }

    /** True when runs are spread over draws. */
    public boolean active() {
        return count > 0;
    }

    /** The same sets with another number of draws (e.g. {@code batch --parameter-draws}). */
    public ParameterDraws withCount(int n) {
        if (n < 1 || n > MAX_DRAWS) {
            throw new IllegalArgumentException("--parameter-draws " + n + ": expected 1 to " + MAX_DRAWS);
        }
        if (unavailable != null) {
            throw new IllegalArgumentException("--parameter-draws: " + unavailable);
        }
        return new ParameterDraws(n, sets, fixed, null);
    }
}
