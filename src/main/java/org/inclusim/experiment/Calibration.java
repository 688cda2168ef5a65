package org.inclusim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.scenario.CalibrationSpec;

/**
 * Fits parameters to target patterns with CMA-ES (Commons Math). A candidate's distance is
 * sum over targets of ((simulated mean - observed) / tolerance)^2, the simulated mean taken over
 * the same seeded replications for every candidate (common random numbers), run in parallel.
 * The search stops after the evaluation budget. Every evaluation is appended to
 * {@code evaluations.csv} as it finishes (distances and simulated means at full precision, the
 * candidate as exact bits) and forced to disk; a rerun replays the search (CMA-ES is seeded) and
 * takes the values of logged candidates from the log, so an interrupted calibration resumes where
 * it stopped, to the same result. The folder has a batch's guarantees ({@link EvaluationFolder}):
 * one calibration at a time, a damaged last row cut and redone, other inputs refused.
 */
public final class Calibration {
    public static final String LOG = "evaluations.csv";
    /** What the log's simulations depend on; a rerun must match it to reuse them. */
    public static final String IDENTITY = "calibration.properties";
    private static final String KIND = "calibration";

    /** One evaluation: candidate parameter values, distance and the simulated mean of each target. */
    public record Evaluation(int id, double[] x, double distance, double[] simulated) {
    }

    /**
     * A target at the best candidate: simulated mean (or ratio) with its 95 % interval over the
     * replications; {@code target.use()} says whether it was fitted or is an out-of-sample check.
     */
    public record Fit(CalibrationSpec.Target target, double simulated, double low, double high) {
        public boolean withinTolerance() {
            return Math.abs(simulated - target.observed()) <= target.tolerance();
        }
    }

    /**
     * @param notes    what the user should know, e.g. a damaged log tail that was cut and redone
     * @param accepted the accepted parameter sets (ABC), or null when the targets file asks for none
     * @param holdout  the best candidate re-simulated at the holdout seeds ({@link CalibrationSpec#holdout}),
     *                 its targets in the order of {@code fit}
     */
    public record Result(Map<String, Object> best, double distance, List<Evaluation> evaluations, int simulatedNow,
                         List<Fit> fit, List<String> notes, Accepted accepted, Assessment holdout) {
        public Result {
            if (holdout != null && !holdout.fit().stream().map(Fit::target).toList().equals(fit.stream().map(Fit::target).toList())) {
                throw new IllegalArgumentException("the holdout must assess the fit's targets in the fit's order");
            }
        }
    }

    /**
     * Accepted parameter vectors (ABC rejection around the optimum, {@link AcceptedSets}).
     *
     * @param parameters   the fitted parameters' paths, the order of each draw's values
     * @param draws        each accepted vector's values
     * @param weights      their normalised importance weights
     * @param distances    their distances
     * @param threshold    the acceptance threshold on the distance
     * @param proposals    proposals simulated (now or earlier)
     * @param simulatedNow proposals simulated in this call (the others came from the log)
     * @param effectiveSize Kish's effective sample size of the weights
     */
    public record Accepted(List<String> parameters, List<double[]> draws, double[] weights, double[] distances, double threshold,
                           int proposals, int simulatedNow, double effectiveSize) {
    }

    private final CalibrationSpec spec;
    private final List<String> paths;
    private final List<ParameterDefinition> definitions;
    private final ExecutorService pool;
    private final Map<String, Evaluation> logged = new HashMap<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private int simulatedNow;

    private Calibration(CalibrationSpec spec, int threads) {
        this.spec = spec;
        this.paths = new ArrayList<>(spec.bounds().keySet());
        this.definitions = paths.stream().map(p -> ParameterCatalog.instance().find(p).orElseThrow()).toList();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "inclusim-calibrate");
            t.setDaemon(true);
            return t;
        });
    }

    public static Result run(CalibrationSpec spec, int threads, Path dir) throws IOException {
        Calibration c = new Calibration(spec, threads);
        try (EvaluationFolder folder = EvaluationFolder.open(dir, KIND, c.identity(), LOG, c.header(), c::intact)) {
            c.readLog(folder.rows(), c.logged);
            Result r = c.search(folder);
            List<String> notes = new ArrayList<>();
            if (folder.damage() != null) {
                notes.add(folder.damage());
            }
            Accepted accepted = spec.abc() == null ? null : c.accept(dir, r.evaluations(), notes);
            return new Result(r.best(), r.distance(), r.evaluations(), r.simulatedNow(), r.fit(), List.copyOf(notes), accepted,
                    assess(spec.holdout(), r.best(), threads));
        } finally {
            c.pool.shutdownNow();
        }
    }

    /** Distance and fit table of one set of values for the fitted parameters. */
    public record Assessment(double distance, List<Fit> fit) {
    }

    /**
     * Simulates the targets at the given values of the spec's parameters, with the spec's seed and
     * replications: the distance and fit a calibration reports for that candidate. Used to check
     * that a calibrated file still fits the model it was made for.
     */
    public static Assessment assess(CalibrationSpec spec, Map<String, Object> values, int threads) {
        Calibration c = new Calibration(spec, threads);
        try {
            double[] x = new double[c.paths.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = ((Number) values.get(c.paths.get(i))).doubleValue();
            }
            List<Fit> fit = c.fit(c.round(x));
            return new Assessment(c.distance(fit.stream().filter(f -> f.target().fitted()).mapToDouble(Fit::simulated).toArray()), fit);
        } finally {
            c.pool.shutdownNow();
        }
    }

    private Result search(EvaluationFolder log) {
        int n = paths.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] start = new double[n];
        double[] sigma = new double[n];
        // Start from the documented defaults, not the scenario's values: a scenario that already
        // extends an earlier calibration (as the baseline does) then gives the same search again.
        Map<String, Object> current = ParameterCatalog.instance().values(Parameters.defaults());
        for (int i = 0; i < n; i++) {
            double[] b = spec.bounds().get(paths.get(i));
            lower[i] = b[0];
            upper[i] = b[1];
            double v = ((Number) current.get(paths.get(i))).doubleValue();
            start[i] = Math.min(b[1], Math.max(b[0], v));
            sigma[i] = 0.3 * (b[1] - b[0]);
        }
        int population = 4 + (int) (3 * Math.log(n));
        CMAESOptimizer optimizer = new CMAESOptimizer(100_000, 0.0, true, 0, 0, new MersenneTwister(spec.seed()), false, null);
        try {
            optimizer.optimize(new MaxEval(spec.budget()), new MaxIter(100_000), GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population),
                    new ObjectiveFunction(x -> evaluate(x, log)));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best candidate so far is the answer
        }
        Evaluation best = evaluations.stream().min((a, b) -> Double.compare(a.distance(), b.distance())).orElseThrow();
        return new Result(values(best.x()), best.distance(), List.copyOf(evaluations), simulatedNow, fit(best.x()), List.of(), null, null);
    }

    /** The ABC step in its own log ({@code abc-evaluations.csv}), resumable like the search. */
    private Accepted accept(Path dir, List<Evaluation> searched, List<String> notes) throws IOException {
        Properties identity = identity();
        AcceptedSets.identity(identity, spec);
        int n = paths.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = spec.bounds().get(paths.get(i))[0];
            upper[i] = spec.bounds().get(paths.get(i))[1];
        }
        Evaluation best = searched.stream().min((a, b) -> Double.compare(a.distance(), b.distance())).orElseThrow();
        try (EvaluationFolder folder = EvaluationFolder.open(dir, AcceptedSets.KIND, identity, AcceptedSets.LOG, header(), this::intact)) {
            if (folder.damage() != null) {
                notes.add(folder.damage());
            }
            Map<String, Evaluation> abcLog = new HashMap<>();
            readLog(folder.rows(), abcLog);
            int[] simulated = {0};
            AcceptedSets.Result r = AcceptedSets.run(spec, lower, upper, searched, best, x -> inBounds(x, lower, upper) && feasible(x),
                    x -> {
                        int before = abcLog.size();
                        double d = simulateOrReuse(round(x), abcLog, folder).distance();
                        simulated[0] += abcLog.size() - before;
                        return d;
                    });
            return new Accepted(List.copyOf(paths), r.accepted().stream().map(AcceptedSets.Draw::x).toList(),
                    r.accepted().stream().mapToDouble(AcceptedSets.Draw::weight).toArray(),
                    r.accepted().stream().mapToDouble(AcceptedSets.Draw::distance).toArray(), r.threshold(), r.proposals(), simulated[0],
                    r.effectiveSize());
        }
    }

    private static boolean inBounds(double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    private double evaluate(double[] x, EvaluationFolder out) {
        int before = logged.size();
        Evaluation e = simulateOrReuse(round(x), logged, out);
        simulatedNow += logged.size() - before;
        e = new Evaluation(evaluations.size(), e.x(), e.distance(), e.simulated());
        evaluations.add(e);
        return e.distance();
    }

    /** A candidate's evaluation from the log, or simulated now (fit targets only) and appended to the log. */
    private Evaluation simulateOrReuse(double[] candidate, Map<String, Evaluation> log, EvaluationFolder out) {
        String key = key(candidate);
        Evaluation e = log.get(key);
        if (e == null) {
            List<CalibrationSpec.Target> fitted = spec.fitTargets();
            double[] means = new double[fitted.size()];
            java.util.Arrays.fill(means, Double.NaN);
            try {
                if (feasible(candidate)) {
                    double[][][] runs = TargetRuns.simulate(spec, parameters(candidate), fitted, pool);
                    for (int t = 0; t < runs.length; t++) {
                        means[t] = TargetRuns.value(fitted.get(t), runs[t]);
                    }
                }
            } catch (org.inclusim.model.parameters.ParameterException infeasible) {
                // values no model accepts: every target missed, as for a broken constraint
            }
            e = new Evaluation(log.size(), candidate, distance(means), means);
            log.put(key, e);
            append(out, e);
        }
        return e;
    }

    /** True if the candidate keeps every constraint of the spec; an infeasible one is not simulated. */
    private boolean feasible(double[] candidate) {
        Map<String, Object> v = values(candidate);
        return spec.constraints().stream().allMatch(c -> c.holds(v));
    }

    private double distance(double[] means) {
        double d = 0;
        for (int t = 0; t < means.length; t++) {
            CalibrationSpec.Target target = spec.fitTargets().get(t);
            double z = Double.isNaN(means[t]) ? 10 : (means[t] - target.observed()) / target.tolerance();
            d += z * z;
        }
        return d;
    }

    /** The scenario's parameters with a candidate's values for the fitted ones. */
    private Parameters parameters(double[] candidate) {
        return ParameterCatalog.instance().with(spec.scenario().parameters(), values(candidate));
    }

    /** Every target, fitted and checked, at one candidate, with intervals over the replications. */
    private List<Fit> fit(double[] best) {
        double[][][] runs = TargetRuns.simulate(spec, parameters(best), spec.targets(), pool);
        List<Fit> fit = new ArrayList<>();
        for (int t = 0; t < runs.length; t++) {
            fit.add(TargetRuns.fit(spec.targets().get(t), runs[t]));
        }
        return fit;
    }

    private double[] round(double[] x) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            if (definitions.get(i).type() == int.class) {
                out[i] = Math.rint(out[i]);
            }
        }
        return out;
    }

    private Map<String, Object> values(double[] x) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            v.put(paths.get(i), definitions.get(i).type() == int.class ? (Object) (int) x[i] : (Object) x[i]);
        }
        return v;
    }

    private static String key(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (double v : x) {
            sb.append(Long.toHexString(Double.doubleToLongBits(v))).append(';');
        }
        return sb.toString();
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("evaluation", "distance"));
        paths.forEach(p -> h.add("x:" + p));
        spec.fitTargets().forEach(t -> h.add("sim:" + t.name()));
        h.add("x_bits");
        return h;
    }

    private void append(EvaluationFolder out, Evaluation e) {
        List<Object> row = new ArrayList<>(List.of(e.id(), Double.toString(e.distance())));
        for (double v : e.x()) {
            row.add(v);
        }
        for (double v : e.simulated()) {
            row.add(Double.toString(v));
        }
        row.add(key(e.x()));
        out.append(row);
    }

    /**
     * What the logged simulations depend on: seed, replications, the scenario and the files it
     * extends, the code, bounds, constraints and every target's definition (observed values and
     * tolerances only enter the distance, which is recomputed). Check targets are not part of it:
     * they are simulated only at the best candidate, so adding or changing one reuses the log.
     */
    private Properties identity() {
        Properties p = BatchIdentity.inputs(spec.scenario());
        p.setProperty("seed", Long.toString(spec.seed()));
        p.setProperty("replications", Integer.toString(spec.replications()));
        spec.bounds().forEach((k, v) -> p.setProperty("bounds." + k, v[0] + "," + v[1]));
        for (int i = 0; i < spec.constraints().size(); i++) {
            p.setProperty("constraint." + i, spec.constraints().get(i).toString());
        }
        List<CalibrationSpec.Target> fitted = spec.fitTargets();
        for (int i = 0; i < fitted.size(); i++) {
            CalibrationSpec.Target t = fitted.get(i);
            p.setProperty("target." + i, t.name() + "|" + t.outcome() + "|" + t.horizonWeeks() + "|" + new TreeMap<>(t.overrides())
                    + (t.compared() ? (t.difference() ? "|minus " : "|relative to ") + new TreeMap<>(t.comparison()) : ""));
        }
        return p;
    }

    /** A logged row that can be read back exactly: the right cells, numbers where numbers belong, the candidate's bits. */
    private boolean intact(List<String> row) {
        int n = paths.size();
        if (row.size() != header().size()) {
            return false;
        }
        Integer.parseInt(row.get(0));
        for (int c = 1; c < row.size() - 1; c++) {
            Double.parseDouble(row.get(c));
        }
        String[] bits = row.get(row.size() - 1).split(";");
        if (bits.length != n || !row.get(row.size() - 1).endsWith(";")) {
            return false;
        }
        for (String b : bits) {
            Long.parseUnsignedLong(b, 16);
        }
        return true;
    }

    /** Takes earlier evaluations (exact candidate bits in the last column) from the log, so a rerun resumes. */
    private void readLog(List<List<String>> rows, Map<String, Evaluation> into) {
        int n = paths.size();
        for (List<String> row : rows) {
            String[] bits = row.get(row.size() - 1).split(";");
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Double.longBitsToDouble(Long.parseUnsignedLong(bits[i], 16));
            }
            double[] sims = new double[spec.fitTargets().size()];
            for (int j = 0; j < sims.length; j++) {
                sims[j] = Double.parseDouble(row.get(2 + n + j));
            }
            into.put(key(x), new Evaluation(into.size(), x, distance(sims), sims));
        }
    }
}
