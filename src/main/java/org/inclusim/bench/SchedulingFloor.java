package org.inclusim.bench;

import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * MASON floors for the benchmark: what it costs MASON to step no-op agents, (a) all in one
 * {@link RandomSequence} (one schedule entry, shuffled each step), (b) one schedule entry per agent.
 * The model is compared with (a): it must cost at most a small multiple of merely visiting its
 * agents through MASON.
 */
final class SchedulingFloor {
    private SchedulingFloor() {
    }

    /** Nanoseconds per agent-step for {@code agents} no-op agents in one RandomSequence. */
    static double randomSequence(int agents, int steps, long seed) {
        SimState state = new SimState(seed);
        state.start();
        Steppable[] all = new Steppable[agents];
        for (int i = 0; i < agents; i++) {
            all[i] = new NoOpAgent(i);
        }
        state.schedule.scheduleRepeating(new RandomSequence(all));
        return time(state, steps, agents);
    }

    /** Nanoseconds per agent-step for {@code agents} no-op agents, one schedule entry each. */
    static double oneEntryPerAgent(int agents, int steps, long seed) {
        SimState state = new SimState(seed);
        state.start();
        for (int i = 0; i < agents; i++) {
            state.schedule.scheduleRepeating(new NoOpAgent(i));
        }
        return time(state, steps, agents);
    }

    private static double time(SimState state, int steps, int agents) {
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            state.schedule.step(state);
        }
        long elapsed = System.nanoTime() - start;
        state.finish();
        return (double) elapsed / ((double) steps * agents);
    }

    /** A distinct agent object that does nothing: visiting N of them is the floor of any N-agent model. */
    private static final class NoOpAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final int id;

        NoOpAgent(int id) {
            this.id = id;
        }

        @Override
        public void step(SimState state) {
            // intentionally empty
        }
    }
}
