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

    /** Paired comparison of an outcome between two parameter sets. */
    record Comparison(double meanA, double meanB, double meanDifference, double pValue) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "A %.4f, B %.4f, B-A %.4f, paired p %.2g", meanA, meanB, meanDifference, pValue);
        }
    }

    static Comparison compare(Parameters a, Parameters b, int replicates, int weeks, ToDoubleFunction<RunOutcomes> outcome) {
        RunOutcomes[] ra = run(a, replicates, weeks);
        RunOutcomes[] rb = run(b, replicates, weeks);
        double[] xa = new double[replicates];
        double[] xb = new double[replicates];
        SummaryStatistics sa = new SummaryStatistics();
        SummaryStatistics sb = new SummaryStatistics();
        for (int i = 0; i < replicates; i++) {
            xa[i] = outcome.applyAsDouble(ra[i]);
            xb[i] = outcome.applyAsDouble(rb[i]);
            sa.addValue(xa[i]);
            sb.addValue(xb[i]);
        }
        double p = new TTest().pairedTTest(xa, xb);
        return new Comparison(sa.getMean(), sb.getMean(), sb.getMean() - sa.getMean(), p);
    }
}
