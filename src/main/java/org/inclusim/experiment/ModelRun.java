package org.inclusim.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.Transition;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.GroupOutcomes;
import org.inclusim.observe.OutcomeCalculator;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;

/**
 * Executes one run: builds the model, steps it week by week to the horizon (driving MASON's
 * schedule directly, since {@code doLoop} exits the JVM), observes every week, and computes the
 * outcomes. With a policy start week, the run uses the baseline's parameters before it and the
 * variant's from it on. A pure function of the {@link RunSpec}.
 *
 * <p>{@link #warmUp} and {@link #fork} split a run at the policy week: the weeks before it are
 * simulated once and checkpointed, and every variant continues from a copy of that state, which
 * gives exactly the tables of {@link #execute}.
 */
public final class ModelRun {
    private ModelRun() {
    }

    public static RunResult execute(RunSpec spec, RunRecorder recorder, boolean observeWeeks) {
        long start = System.nanoTime();
        long[] events = new long[1];
        InclusionModel model = new InclusionModel(spec.seed(), spec.parametersAt(0));
        listen(model, spec, recorder, events);
        model.start();
        advance(model, spec, 0, recorder, observeWeeks);
        return finish(model, spec, events[0], start);
    }

    /** A model stepped to the policy week with the baseline's parameters, and what it produced. */
    public record WarmState(byte[] checkpoint, int week, List<WeeklyRow> weeks, List<Transition> events) {
    }

    /**
     * Simulates the weeks before the policy start once, with the parameters the runs of a group
     * share before it ({@code policyParameters}, the baseline's at that design point).
     */
    public static WarmState warmUp(RunSpec any, int policyStartWeek) {
        List<WeeklyRow> weeks = new ArrayList<>();
        List<Transition> events = new ArrayList<>();
        InclusionModel model = new InclusionModel(any.seed(), any.policyParameters());
        model.setTransitionListener(events::add);
        model.start();
        for (int week = 0; week < policyStartWeek; week++) {
            model.schedule.step(model);
            weeks.add(WeeklyObserver.observe(model));
        }
        return new WarmState(serialize(model), policyStartWeek, weeks, events);
    }

    /** Continues one run of the warm state's group from the policy week; its tables equal {@link #execute}'s. */
    public static RunResult fork(WarmState warm, RunSpec spec, RunRecorder recorder) {
        long start = System.nanoTime();
        long[] events = new long[] {warm.events().size()};
        for (WeeklyRow row : warm.weeks()) {
            recorder.week(spec, row);
        }
        warm.events().forEach(t -> recorder.event(spec, t));
        InclusionModel model = deserialize(warm.checkpoint());
        listen(model, spec, recorder, events);
        advance(model, spec, warm.week(), recorder, true);
        return finish(model, spec, events[0], start);
    }

    private static void listen(InclusionModel model, RunSpec spec, RunRecorder recorder, long[] events) {
        model.setTransitionListener(t -> {
            events[0]++;
            recorder.event(spec, t);
        });
    }

    private static void advance(InclusionModel model, RunSpec spec, int fromWeek, RunRecorder recorder, boolean observe) {
        for (int week = fromWeek; week < spec.horizonWeeks(); week++) {
            if (week > 0 && week == spec.policyStartWeek()) {
                model.setParameters(spec.parameters());
            }
            model.schedule.step(model);
            if (observe) {
                recorder.week(spec, WeeklyObserver.observe(model));
            }
        }
    }

    private static RunResult finish(InclusionModel model, RunSpec spec, long events, long startNanos) {
        model.finish();
        List<MentorRow> mentors = new ArrayList<>(model.views().mentors().size());
        for (Mentor m : model.views().mentors()) {
            mentors.add(MentorRow.of(m));
        }
        return new RunResult(spec, OutcomeCalculator.compute(model), mentors, events,
                model.views().activeUserWeeks(), (System.nanoTime() - startNanos) / 1e9, GroupOutcomes.compute(model));
    }

    static byte[] serialize(InclusionModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot checkpoint the model: " + e.getMessage(), e);
        }
    }

    static InclusionModel deserialize(byte[] checkpoint) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(checkpoint))) {
            return (InclusionModel) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the model checkpoint: " + e.getMessage(), e);
        }
    }
}
