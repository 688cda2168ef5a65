package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Aalen-Johansen estimator of cumulative incidence with competing events: from one starting
 * state, each subject either has the first of several kinds of event ("causes") or is censored.
 * At each event time t_j with n_j at risk and d_kj events of cause k,
 * F_k(t_j) = F_k(t_j-) + S(t_j-) d_kj / n_j, and the event-free share S(t_j) = S(t_j-) (1 - d_j / n_j).
 * Events come before censoring at the same time. R: {@code survfit(Surv(time, factor(status)) ~ 1)}
 * (the multi-state curve's {@code pstate}).
 */
public final class AalenJohansen {
    /** One subject: the time of its first event and that event's cause index, or -1 if censored at {@code time}. */
    public record Observation(double time, int cause) {
        public boolean censored() {
            return cause < 0;
        }
    }

    /** The curves after one event time: at risk, events by cause, cumulative incidence by cause, event-free share. */
    public record Step(double time, int atRisk, int[] events, double[] incidence, double eventFree) {
    }

    private final int causes;
    private final List<Step> steps;
    private final double lastObserved;

    private AalenJohansen(int causes, List<Step> steps, double lastObserved) {
        this.causes = causes;
        this.steps = steps;
        this.lastObserved = lastObserved;
    }

    /**
     * @param causes the number of causes; every observation's cause is below it
     * @throws IllegalArgumentException if a cause index is out of range
     */
    public static AalenJohansen estimate(List<Observation> observations, int causes) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (Observation o : observations) {
            if (o.cause() >= causes) {
                throw new IllegalArgumentException("cause " + o.cause() + " of " + causes);
            }
            int[] c = byTime.computeIfAbsent(o.time(), k -> new int[causes + 1]);
            c[o.censored() ? causes : o.cause()]++;
        }
        int atRisk = observations.size();
        double eventFree = 1.0;
        double[] incidence = new double[causes];
        List<Step> steps = new ArrayList<>();
        for (var e : byTime.entrySet()) {
            int[] c = e.getValue();
            int events = 0;
            for (int k = 0; k < causes; k++) {
                events += c[k];
            }
            if (events > 0) {
                for (int k = 0; k < causes; k++) {
                    incidence[k] += eventFree * c[k] / atRisk;
                }
                eventFree *= 1.0 - (double) events / atRisk;
                steps.add(new Step(e.getKey(), atRisk, java.util.Arrays.copyOf(c, causes), incidence.clone(), eventFree));
            }
            atRisk -= events + c[causes];
        }
        return new AalenJohansen(causes, steps, byTime.isEmpty() ? Double.NaN : byTime.lastKey());
    }

    public List<Step> steps() {
        return steps;
    }

    public int causes() {
        return causes;
    }

    /** Whether the curves are known up to t: someone observed until t or later, or every subject had an event before. */
    public boolean knownUntil(double t) {
        return t <= lastObserved || (!steps.isEmpty() && steps.get(steps.size() - 1).eventFree() == 0);
    }

    /** F_k(t): the share whose first event was of cause k at or before t; NaN where the curves are not known until t. */
    public double incidenceAt(int cause, double t) {
        if (!knownUntil(t)) {
            return Double.NaN;
        }
        double f = 0;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            f = step.incidence()[cause];
        }
        return f;
    }
}
