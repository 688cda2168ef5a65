package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Time from referral to the first of a job or leaving the measure (to any destination stage, see
 * {@link Trajectories#IN_MEASURE}), as competing events: the Aalen-Johansen cumulative incidence
 * of each. Users with neither by the horizon are censored there. Pooled over the runs of a
 * variant this is the picture; per run it gives the {@code cif_*} outcomes of {@link RunSurvival},
 * whose replicate-level intervals and paired comparisons are the inference.
 */
public final class CompetingRisks {
    /** The pooled curves of one variant: causes in the order of {@link Trajectories#causes()}. */
    public record Curve(String variant, int users, List<String> causes, AalenJohansen estimate) {
    }

    private CompetingRisks() {
    }

    /** First events as estimator input: the cause's index in {@code causes}, or censored. */
    static List<AalenJohansen.Observation> observations(List<Trajectories.FirstEvent> events, List<String> causes) {
        List<AalenJohansen.Observation> out = new ArrayList<>(events.size());
        for (Trajectories.FirstEvent e : events) {
            out.add(new AalenJohansen.Observation(e.time(), e.cause() == null ? -1 : causes.indexOf(e.cause())));
        }
        return out;
    }

    /** The pooled curves of a variant (all its runs and design points). */
    public static Curve pooled(Trajectories trajectories, String variant) {
        List<Trajectories.FirstEvent> events = trajectories.firstEvents(variant);
        List<String> causes = trajectories.causes();
        return new Curve(variant, events.size(), causes, AalenJohansen.estimate(observations(events, causes), causes.size()));
    }
}
