package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.inclusim.scenario.CalibrationSpec;

/**
 * Parameter uncertainty by approximate Bayesian computation: ABC rejection with importance
 * sampling around the CMA-ES optimum. The prior is uniform on the fitted parameters' bounds
 * (and constraints). Proposals come from a multivariate normal centred on the best candidate,
 * with the covariance of the CMA-ES candidates inside the acceptance region, times
 * {@code spread}^2 (with a floor of 1 % of each range); a proposal outside the prior's support
 * is drawn again and not simulated. Each proposal is simulated with the calibration's seeds
 * (the same common-random-number distance) and accepted if its distance is at most the best
 * distance plus the 95 % quantile of chi-squared with one degree of freedom per fitted
 * parameter (the Wilks region, reading tolerances as standard errors). An accepted proposal's
 * weight is prior / proposal density, normalised to sum 1.
 *
 * <p>Proposals are drawn from a generator seeded by the calibration's seed, so a rerun draws
 * the same ones; each simulated proposal is logged ({@link EvaluationFolder}, kind
 * {@code abc}) and taken from the log on a rerun: the step resumes after an interruption and
 * gives the same accepted sets, byte for byte, on any thread count.
 */
final class AcceptedSets {
    static final String LOG = "abc-evaluations.csv";
    static final String KIND = "abc";
    private static final long SEED_SALT = 0x5DEECE66DL;
    private static final int MAX_DRAWS_PER_PROPOSAL = 1000;

    /** One accepted parameter vector. */
    record Draw(int proposal, double[] x, double distance, double weight) {
    }

    /** The accepted draws, the threshold used, the number of proposals, and Kish's effective sample size. */
    record Result(List<Draw> accepted, double threshold, int proposals, double effectiveSize) {
    }

    private AcceptedSets() {
    }

    /**
     * @param evaluations the CMA-ES evaluations (their spread inside the region shapes the proposal)
     * @param best        the best candidate and its distance
     * @param inSupport   true where the prior is positive (inside bounds, constraints kept)
     * @param distance    the common-random-number distance of a candidate, simulated or from the log
     */
    static Result run(CalibrationSpec spec, double[] lower, double[] upper, List<Calibration.Evaluation> evaluations,
                      Calibration.Evaluation best, Predicate<double[]> inSupport, Function<double[], Double> distance) {
        int n = lower.length;
        double threshold = best.distance() + new ChiSquaredDistribution(n).inverseCumulativeProbability(0.95);
        MultivariateNormalDistribution proposal = new MultivariateNormalDistribution(new MersenneTwister(spec.seed() ^ SEED_SALT),
                best.x(), covariance(evaluations, threshold, best.x(), lower, upper, spec.abc().spread()));
        List<Draw> accepted = new ArrayList<>();
        Map<Integer, Double> density = new HashMap<>();
        for (int i = 0; i < spec.abc().proposals(); i++) {
            double[] x = draw(proposal, inSupport, i);
            double d = distance.apply(x);
            if (d <= threshold) {
                accepted.add(new Draw(i, x, d, 0));
                density.put(i, proposal.density(x));
            }
        }
        double total = accepted.stream().mapToDouble(a -> 1 / density.get(a.proposal())).sum();
        List<Draw> weighted = accepted.stream().map(a -> new Draw(a.proposal(), a.x(), a.distance(), 1 / density.get(a.proposal()) / total))
                .toList();
        double sumSquares = weighted.stream().mapToDouble(a -> a.weight() * a.weight()).sum();
        return new Result(weighted, threshold, spec.abc().proposals(), weighted.isEmpty() ? 0 : 1 / sumSquares);
    }

    private static double[] draw(MultivariateNormalDistribution proposal, Predicate<double[]> inSupport, int index) {
        for (int k = 0; k < MAX_DRAWS_PER_PROPOSAL; k++) {
            double[] x = proposal.sample();
            if (inSupport.test(x)) {
                return x;
            }
        }
        throw new IllegalStateException("proposal " + index + ": no draw inside the bounds and constraints in "
                + MAX_DRAWS_PER_PROPOSAL + " tries; the optimum sits in a corner the proposal cannot reach");
    }

    /** Spread^2 times the covariance of the evaluated candidates inside the region (all finite ones if too few), plus a floor. */
    static double[][] covariance(List<Calibration.Evaluation> evaluations, double threshold, double[] centre, double[] lower,
                                 double[] upper, double spread) {
        int n = centre.length;
        List<double[]> inside = new ArrayList<>();
        for (Calibration.Evaluation e : evaluations) {
            if (e.distance() <= threshold) {
                inside.add(e.x());
            }
        }
        if (inside.size() < 2 * n + 1) {
            evaluations.stream().filter(e -> Double.isFinite(e.distance()))
                    .sorted((a, b) -> Double.compare(a.distance(), b.distance()))
                    .limit(Math.max(2L * n + 1, evaluations.size() / 5)).forEach(e -> inside.add(e.x()));
        }
        double[][] c = new double[n][n];
        for (double[] x : inside) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += (x[i] - centre[i]) * (x[j] - centre[j]) / inside.size();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] *= spread * spread;
            }
            double floor = 0.01 * (upper[i] - lower[i]);
            c[i][i] += floor * floor;
        }
        return c;
    }

    /** What the ABC log depends on beyond the calibration's own identity. */
    static void identity(Properties p, CalibrationSpec spec) {
        p.setProperty("abc.budget", Integer.toString(spec.budget()));
        p.setProperty("abc.proposals", Integer.toString(spec.abc().proposals()));
        p.setProperty("abc.spread", Double.toString(spec.abc().spread()));
    }
}
