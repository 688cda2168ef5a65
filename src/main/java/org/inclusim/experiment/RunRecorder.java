package org.inclusim.experiment;

import org.inclusim.model.Transition;
import org.inclusim.observe.WeeklyRow;

/** Receives a run's output as it is produced. */
public interface RunRecorder {
    void week(RunSpec spec, WeeklyRow row);

    void event(RunSpec spec, Transition transition);

    /** A recorder that keeps nothing (benchmarks, tests of outcomes only). */
    RunRecorder NONE = new RunRecorder() {
        @Override
        public void week(RunSpec spec, WeeklyRow row) {
        }

        @Override
        public void event(RunSpec spec, Transition transition) {
        }
    };
}
