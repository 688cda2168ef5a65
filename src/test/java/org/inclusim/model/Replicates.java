package org.inclusim.model;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.RunRecorder;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;

/**
 * Test helper: runs replicates of two parameter sets with common random numbers (replicate r of
 * both uses the same seed) and compares an outcome with a paired t-test.
 */
final class Replicates {
    static final long SEED = 424242L;

    private Replicates() {
    }

    static RunOutcomes[] run(Parameters p, int replicates, int weeks) {
        RunOutcomes[] out = new RunOutcomes[replicates];
        for (int r = 0; r < replicates; r++) {
            RunSpec spec = new RunSpec(r, "test", 0, r, Seeds.forReplicate(SEED, r), weeks, p);
            out[r] = ModelRun.execute(spec, RunRecorder.NONE, false).outcomes();
        }
        return out;
    }

    /** Runs a model to the horizon and returns it, for tests that look at agents. */
    static InclusionModel model(Parameters p, int replicate, int weeks) {
        InclusionModel model = new InclusionModel(Seeds.forReplicate(SEED, replicate), p);
        model.start();
        for (int w = 0; w < weeks; w++) {
            model.schedule.step(model);
        }
        model.finish();
        return model;
    }

    /** Paired comparison of an outcome between parameter sets A and B. */
    record Comparison(String outcome, double meanA, double meanB, double meanDifference, double pValue) {
        boolean higherInB(double alpha) {
            return meanDifference > 0 && pValue < alpha;
        }

        boolean lowerInB(double alpha) {
            return meanDifference < 0 && pValue < alpha;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: A %.4f, B %.4f, B-A %.4f, paired t p = %.2g",
                    outcome, meanA, meanB, meanDifference, pValue);
        }
    }

    static Comparison compare(String name, Parameters a, Parameters b, int replicates, int weeks,
                              ToDoubleFunction<RunOutcomes> outcome) {
        return compare(name, run(a, replicates, weeks), run(b, replicates, weeks), outcome);
    }

    static Comparison compare(String name, RunOutcomes[] ra, RunOutcomes[] rb, ToDoubleFunction<RunOutcomes> outcome) {
        int n = ra.length;
        double[] xa = new double[n];
        double[] xb = new double[n];
        SummaryStatistics sa = new SummaryStatistics();
        SummaryStatistics sb = new SummaryStatistics();
        for (int i = 0; i < n; i++) {
            xa[i] = outcome.applyAsDouble(ra[i]);
            xb[i] = outcome.applyAsDouble(rb[i]);
            sa.addValue(xa[i]);
            sb.addValue(xb[i]);
        }
        double p = new TTest().pairedTTest(xa, xb);
        return new Comparison(name, sa.getMean(), sb.getMean(), sb.getMean() - sa.getMean(), p);
    }
}
