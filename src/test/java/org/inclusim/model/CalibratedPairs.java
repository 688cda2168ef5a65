package org.inclusim.model;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;

/**
 * Test helper for the direction tests of Model 2, part 2, user side ({@link EmployabilityAndDurationTest},
 * {@link DestinationsTest}, {@link AfterTheProjectTest}) and the tests that reuse them: the
 * calibrated baseline (scenarios/baseline.yaml, which extends calibration/calibrated.yaml) at
 * three times the office size, {@link #PAIRS} paired replications under common random numbers,
 * the criterion |t| >= {@link #T} on the mean paired difference of an emergent outcome, and the
 * measure of employment after the project's end.
 */
final class CalibratedPairs {
    static final int PAIRS = 30;
    /** Pairs for the adviser-turnover directions, whose effects are a few tenths of a point of employment. */
    static final int TURNOVER_PAIRS = 200;
    static final double T = 3.0;
    static final int WEEKS = 260;
    static final Parameters BASE = CalibratedBaseline.scaled(3);

    /** The parameters with every after-end level of the project set to {@code level}. */
    static Parameters afterEnd(Parameters p, double level) {
        for (String e : List.of("training", "followUp", "networkFacilitation", "coWorking", "prioritisedTime", "leadership")) {
            p = p.with("project." + e + "AfterEnd", level);
        }
        return p;
    }

    /** Paired differences b - a of an outcome over {@link #PAIRS} replicates: mean and t. */
    record Paired(String name, double meanA, double meanB, double mean, double t) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: A %.4f, B %.4f, B-A %.4f, t %.2f", name, meanA, meanB, mean, t);
        }
    }

    static Paired paired(String name, double[] a, double[] b) {
        SummaryStatistics d = new SummaryStatistics();
        SummaryStatistics sa = new SummaryStatistics();
        SummaryStatistics sb = new SummaryStatistics();
        for (int i = 0; i < a.length; i++) {
            d.addValue(b[i] - a[i]);
            sa.addValue(a[i]);
            sb.addValue(b[i]);
        }
        double se = d.getStandardDeviation() / Math.sqrt(a.length);
        return new Paired(name, sa.getMean(), sb.getMean(), d.getMean(), se == 0 ? (d.getMean() == 0 ? 0 : Math.signum(d.getMean()) * Double.POSITIVE_INFINITY) : d.getMean() / se);
    }

    static double[] outcome(RunOutcomes[] runs, ToDoubleFunction<RunOutcomes> f) {
        double[] x = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            x[i] = f.applyAsDouble(runs[i]);
        }
        return x;
    }

    static Paired compare(String name, Parameters a, Parameters b, ToDoubleFunction<RunOutcomes> f) {
        return paired(name, outcome(Replicates.run(a, PAIRS, WEEKS), f), outcome(Replicates.run(b, PAIRS, WEEKS), f));
    }

    /** Employment after the project's end: mean employment share over weeks 182-259. */
    static double employmentAfterEnd(Parameters p, int replicate) {
        InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, replicate), p);
        m.start();
        double sum = 0;
        int weeks = 0;
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
            if (w >= 182) {
                WeeklyRow row = WeeklyObserver.observe(m);
                sum += (double) row.employed() / row.usersTotal();
                weeks++;
            }
        }
        return sum / weeks;
    }

    static double[] employmentAfterEnd(Parameters p) {
        return employmentAfterEnd(p, PAIRS, true);
    }

    /**
     * Employment after the end in replicates 0 to pairs - 1, one after another when {@code sequential}, else in
     * parallel; each replicate is seeded alone, so the values are the same either way.
     */
    static double[] employmentAfterEnd(Parameters p, int pairs, boolean sequential) {
        IntStream replicates = IntStream.range(0, pairs);
        return (sequential ? replicates : replicates.parallel()).mapToDouble(r -> employmentAfterEnd(p, r)).toArray();
    }

    private CalibratedPairs() {
    }
}
