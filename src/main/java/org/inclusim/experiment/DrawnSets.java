package org.inclusim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.Durable;
import org.inclusim.model.RandomStreams;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.scenario.AcceptedSetsFile;
import org.inclusim.scenario.ParameterDraws;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * The parameter draws of a plan: which accepted set each draw takes. Draws are made with
 * replacement, with probability proportional to the sets' weights, from a generator of their own
 * seeded by the scenario's seed alone; so a seed and a number of draws give the same draws on any
 * machine, thread count or shard, and draw d of N is draw d of any larger N with the same seed.
 * The model's random streams are untouched: a run's random numbers depend on its seed only.
 */
public final class DrawnSets {
    /** The file in a batch folder that records each draw's accepted set and values. */
    public static final String FILE = "draws.csv";
    private static final long SALT = 0x3C6EF372FE94F82BL;

    private final ParameterDraws draws;
    private final int[] sets;

    private DrawnSets(ParameterDraws draws, int[] sets) {
        this.draws = draws;
        this.sets = sets;
    }

    /** The draws of a scenario (none if it has no parameter draws). */
    public static DrawnSets of(Scenario scenario) {
        ParameterDraws d = scenario.draws();
        return new DrawnSets(d, d.active() ? sample(d.sets().weights(), d.count(), scenario.seed()) : new int[0]);
    }

    /** {@code n} indices drawn with probability proportional to {@code weights}, on their own stream. */
    static int[] sample(double[] weights, int n, long seed) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
            last = weights[i] > 0 ? i : last;
        }
        MersenneTwister random = new MersenneTwister(RandomStreams.mix(seed ^ SALT));
        int[] out = new int[n];
        for (int d = 0; d < n; d++) {
            double u = random.nextDouble() * sum;
            int i = Arrays.binarySearch(cumulative, u);
            i = i >= 0 ? i + 1 : -i - 1;
            while (i < weights.length && weights[i] == 0) {
                i++;
            }
            out[d] = Math.min(i, last);
        }
        return out;
    }

    public boolean active() {
        return draws.active();
    }

    public int count() {
        return sets.length;
    }

    /** The accepted set (row of the accepted-sets file, from 0) that draw {@code d} takes. */
    public int set(int d) {
        return sets[d];
    }

    /**
     * A variant's parameters at a design point under draw {@code d}: the drawn values replace the
     * calibrated ones, except where the variant, the design point or a file nearer than the
     * calibrated one sets a parameter itself.
     *
     * @throws IllegalArgumentException in one line if the drawn values break a rule between parameters
     */
    Parameters parameters(Scenario scenario, Variant variant, int point, int d) {
        Set<String> chosen = new HashSet<>(draws.fixed());
        chosen.addAll(variant.overrides().keySet());
        chosen.addAll(scenario.design().points().get(point).keySet());
        AcceptedSetsFile file = draws.sets();
        Map<String, Object> values = new HashMap<>();
        for (int j = 0; j < file.parameters().size(); j++) {
            if (!chosen.contains(file.parameters().get(j))) {
                values.put(file.parameters().get(j), file.values().get(sets[d])[j]);
            }
        }
        try {
            return ParameterCatalog.instance().with(scenario.parameters(variant, point), values);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(file.file() + ": accepted set " + sets[d] + " (draw " + d + ") with variant '"
                    + variant.name() + "': " + e.getMessage());
        }
    }

    /**
     * Checks every draw with every variant at every point before anything runs.
     *
     * @throws IllegalArgumentException in one line for the first draw that breaks a rule between parameters
     */
    public void check(Scenario scenario) {
        for (int d = 0; d < sets.length; d++) {
            for (Variant v : scenario.variants()) {
                for (int point = 0; point < scenario.design().points().size(); point++) {
                    parameters(scenario, v, point, d);
                }
            }
        }
    }

    /** Writes {@link #FILE}: per draw, its accepted set, that set's weight and its values at full precision. */
    void write(Path file) throws IOException {
        AcceptedSetsFile f = draws.sets();
        Durable.writeText(file, out -> {
            List<Object> header = new ArrayList<>(List.of("draw", "accepted_set", "weight"));
            header.addAll(f.parameters());
            out.write(CsvFormat.line(header) + "\n");
            for (int d = 0; d < sets.length; d++) {
                List<Object> row = new ArrayList<>(List.of(d, sets[d], Double.toString(f.weights()[sets[d]])));
                for (double v : f.values().get(sets[d])) {
                    row.add(Double.toString(v));
                }
                out.write(CsvFormat.line(row) + "\n");
            }
        });
    }
}
