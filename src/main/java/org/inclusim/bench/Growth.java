package org.inclusim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How cost grows from one benchmarked size to a larger one, measured in the same benchmark run:
 * the growth of the model's time, of its cost per user-week and of the RandomSequence floor's cost
 * per agent-step. With costs linear in the number of users the two per-unit growths are 1 and the
 * time grows by the ratio of the sizes. The floor (no model, N distinct no-op agents) shows what
 * the machine's memory does to the cost of visiting an agent as N grows.
 */
record Growth(Benchmark.SizeResult small, Benchmark.SizeResult large) {

    double users() {
        return (double) large.users() / small.users();
    }

    double time() {
        return large.seconds() / small.seconds();
    }

    double perUserWeek() {
        return large.nsPerUserWeek() / small.nsPerUserWeek();
    }

    double floorPerAgentStep() {
        return large.floorRandomSequence() / small.floorRandomSequence();
    }

    double floorTime() {
        return floorPerAgentStep() * users();
    }

    /** One line under the scaling verdict (2M / 1M, or 1M / 100k without 2M). */
    String context() {
        return String.format(Locale.ROOT,
                "      same runs: the RandomSequence floor's time grows %.1f-fold for %.0f times the agents;"
                        + " the model's ns per user-week %.2f-fold, the floor's %.2f-fold",
                floorTime(), users(), perUserWeek(), floorPerAgentStep());
    }

    /** A table of the growth from each size to the next, in the order measured; empty for one size. */
    static List<String> table(List<Benchmark.SizeResult> results) {
        List<String> lines = new ArrayList<>();
        if (results.size() < 2) {
            return lines;
        }
        lines.add("growth from each size to the next (per-unit growth 1.00 = linear):");
        lines.add(String.format(Locale.ROOT, "%10s %10s %8s %8s %14s %18s", "from", "to", "users x", "time x",
                "ns/user-wk x", "floor/agent-step x"));
        for (int i = 1; i < results.size(); i++) {
            Growth g = new Growth(results.get(i - 1), results.get(i));
            lines.add(String.format(Locale.ROOT, "%10d %10d %8.2f %8.2f %14.2f %18.2f", g.small.users(),
                    g.large.users(), g.users(), g.time(), g.perUserWeek(), g.floorPerAgentStep()));
        }
        return lines;
    }
}
