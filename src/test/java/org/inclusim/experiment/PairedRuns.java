package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyRow;

/**
 * Test helper for direction tests: replicate r of every arm runs with the same seed (common
 * random numbers), and an outcome is compared by its paired differences. The criterion is a
 * paired t statistic: mean difference / (standard deviation of the differences / sqrt(n)).
 */
final class PairedRuns {
    /** Scenario seed of the direction tests (the replicates' seeds derive from it). */
    static final long SEED = 20161001L;
    /** The criterion of every direction test: |t| of the paired differences at least this. */
    static final double T_CRITERION = 3.0;

    private PairedRuns() {
    }

    /** One run's outcomes, weekly rows and events. */
    record Run(RunOutcomes outcomes, List<WeeklyRow> weeks, List<Transition> events) {
    }

    /** {@code n} replicates of {@code p} over {@code weeks}, keeping weekly rows and events. */
    static List<Run> runs(Parameters p, int n, int weeks) {
        List<Run> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            out.add(execute(spec(p, r, weeks)));
        }
        return out;
    }

    /** {@code n} replicates of {@code p} over {@code weeks}, keeping only their outcomes (no weekly rows or events: many pairs fit in memory). */
    static List<Run> outcomes(Parameters p, int n, int weeks) {
        List<Run> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            out.add(new Run(ModelRun.execute(spec(p, r, weeks), RunRecorder.NONE, false).outcomes(), List.of(), List.of()));
        }
        return out;
    }

    /** Replicate {@code r} of {@code p}: its seed is the r-th of {@link #SEED}'s, in every arm. */
    private static RunSpec spec(Parameters p, int r, int weeks) {
        return new RunSpec(r, "test", 0, r, Seeds.forReplicate(SEED, r), weeks, p);
    }

    /** One run, keeping its weekly rows and events. */
    static Run execute(RunSpec spec) {
        List<WeeklyRow> rows = new ArrayList<>();
        List<Transition> events = new ArrayList<>();
        RunRecorder recorder = new RunRecorder() {
            @Override
            public void week(RunSpec at, WeeklyRow row) {
                rows.add(row);
            }

            @Override
            public void event(RunSpec at, Transition transition) {
                events.add(transition);
            }
        };
        return new Run(ModelRun.execute(spec, recorder, true).outcomes(), rows, events);
    }

    /**
     * Paired comparison of B against A: mean paired difference B - A, its standard error and its t
     * statistic.
     */
    record Comparison(String outcome, double meanA, double meanB, double meanDifference, double standardError, double t) {
        /** z(0.975): the half-width of a 95 % confidence interval in standard errors. */
        static final double Z_95 = 1.959964;

        boolean higherInB() {
            return t >= T_CRITERION;
        }

        boolean lowerInB() {
            return t <= -T_CRITERION;
        }

        /**
         * The equivalence criterion for a claim of "the same": the 95 % confidence interval of the
         * mean paired difference (mean +- 1.96 standard errors) lies inside +-{@code share} of A's
         * mean (two one-sided tests at 2.5 % each).
         */
        boolean sameWithin(double share) {
            double margin = share * Math.abs(meanA);
            return Math.abs(meanDifference) + Z_95 * standardError < margin;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: A %.4f, B %.4f, B-A %.4f (95 %% CI %.4f to %.4f), paired t = %.2f (criterion |t| >= %.0f)",
                    outcome, meanA, meanB, meanDifference, meanDifference - Z_95 * standardError, meanDifference + Z_95 * standardError,
                    t, T_CRITERION);
        }
    }

    /** {@link #compare} of a scenario's variant against its {@code baseline} variant, runs by variant name. */
    static Comparison againstBaseline(java.util.Map<String, List<Run>> runs, String variant, String name, ToDoubleFunction<Run> outcome) {
        return compare(name + " (" + variant + " against baseline)", runs.get("baseline"), runs.get(variant), outcome);
    }

    /** Compares an outcome over the pairs whose outcome is defined (not NaN) in both arms: B against A, pair i with pair i. */
    static Comparison compare(String name, List<Run> a, List<Run> b, ToDoubleFunction<Run> outcome) {
        double sumA = 0;
        double sumB = 0;
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            double xa = outcome.applyAsDouble(a.get(i));
            double xb = outcome.applyAsDouble(b.get(i));
            if (!Double.isNaN(xa) && !Double.isNaN(xb)) {
                sumA += xa;
                sumB += xb;
                d.add(xb - xa);
            }
        }
        int n = d.size();
        double mean = d.stream().mapToDouble(Double::doubleValue).sum() / n;
        double ss = d.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = se == 0 ? (mean == 0 ? 0 : Math.signum(mean) * Double.POSITIVE_INFINITY) : mean / se;
        return new Comparison(name, sumA / n, sumB / n, mean, se, t);
    }
}
