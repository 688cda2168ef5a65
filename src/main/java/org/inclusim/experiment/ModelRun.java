package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.OutcomeCalculator;
import org.inclusim.observe.WeeklyObserver;

/**
 * Executes one run: builds the model, steps it week by week to the horizon (driving MASON's
 * schedule directly, since {@code doLoop} exits the JVM), observes every week, and computes the
 * outcomes. With a policy start week, the run uses the baseline's parameters before it and the
 * variant's from it on. A pure function of the {@link RunSpec}.
 */
public final class ModelRun {
    private ModelRun() {
    }

    public static RunResult execute(RunSpec spec, RunRecorder recorder, boolean observeWeeks) {
        long start = System.nanoTime();
        InclusionModel model = new InclusionModel(spec.seed(), spec.parametersAt(0));
        long[] events = new long[1];
        model.setTransitionListener(t -> {
            events[0]++;
            recorder.event(spec, t);
        });
        model.start();
        for (int week = 0; week < spec.horizonWeeks(); week++) {
            if (week > 0 && week == spec.policyStartWeek()) {
                model.setParameters(spec.parameters());
            }
            model.schedule.step(model);
            if (observeWeeks) {
                recorder.week(spec, WeeklyObserver.observe(model));
            }
        }
        model.finish();
        List<MentorRow> mentors = new ArrayList<>(model.mentors().size());
        for (Mentor m : model.mentors()) {
            mentors.add(MentorRow.of(m));
        }
        return new RunResult(spec, OutcomeCalculator.compute(model), mentors, events[0],
                model.activeUserWeeks(), (System.nanoTime() - start) / 1e9);
    }
}
