package org.inclusim.gui;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.RunRecorder;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.SingleRun;
import org.inclusim.model.Transition;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/** The reference the GUI is compared with: what a headless {@code run} writes to weekly.csv. */
final class HeadlessRuns {
    private HeadlessRuns() {
    }

    /** The weekly rows of the {@code run} command's run of a variant (replicate 0, design point 0). */
    static List<WeeklyRow> weeklyRows(Scenario scenario, Variant variant) {
        List<WeeklyRow> rows = new ArrayList<>();
        ModelRun.execute(SingleRun.spec(scenario, variant), new RunRecorder() {
            @Override
            public void week(RunSpec spec, WeeklyRow row) {
                rows.add(row);
            }

            @Override
            public void event(RunSpec spec, Transition transition) {
            }
        }, true);
        return rows;
    }
}
