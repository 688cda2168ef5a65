package org.inclusim.observe;

import java.util.Arrays;
import org.inclusim.model.Cause;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.User;
import org.inclusim.model.Views;
import org.inclusim.model.WeekTally;

/** Computes {@link RunOutcomes} from a model that has been stepped to its horizon. */
public final class OutcomeCalculator {
    /** Share of mentors counted as "top" for the strain-concentration measure. */
    static final double TOP_SHARE = 0.10;
    /** Weekly hours above which a job counts as long (evidence.md: "work 20 hours a week or more"; short jobs are 20 or less). */
    static final double LONG_HOURS = 20.0;

    private OutcomeCalculator() {
    }

    public static RunOutcomes compute(InclusionModel model) {
        Views view = model.views();
        int horizon = model.week() + 1;
        int users = view.users().size();
        int employed = view.stageCount(Stage.EMPLOYED);
        int everEmployed = 0;
        double weeksToFirstJob = 0;
        int placements = 0;
        int longHours = 0;
        for (User u : view.users()) {
            placements += u.placements();
            if (u.stage() == Stage.EMPLOYED && u.jobHours() > LONG_HOURS) {
                longHours++;
            }
            if (u.firstJobStartWeek() >= 0) {
                everEmployed++;
                weeksToFirstJob += u.firstJobStartWeek() - u.referralWeek();
            }
        }
        double[] retention = {retention(model, horizon, 26, null), retention(model, horizon, 52, null),
            retention(model, horizon, 104, null)};
        int pool = 0;
        int everBurntOut = 0;
        double mentorWeeks = 0;
        int mentorsEver = view.mentors().size();
        double[] carried = new double[mentorsEver];
        double[] load = new double[mentorsEver];
        double[] burnouts = new double[mentorsEver];
        int i = 0;
        for (Mentor m : view.mentors()) {
            if (m.state().inRole()) {
                pool++;
            }
            if (m.burnoutEpisodes() > 0) {
                everBurntOut++;
            }
            int end = m.quitWeek() >= 0 ? m.quitWeek() + 1 : m.leftWeek() >= 0 ? m.leftWeek() + 1 : horizon;
            mentorWeeks += Math.max(0, end - Math.max(0, m.recruitedWeek()));
            carried[i] = m.cumulativeStrain();
            load[i] = m.menteeWeeks();
            burnouts[i++] = m.burnoutEpisodes();
        }
        WeekTally total = view.totalTally();
        double mentorYears = mentorWeeks / 52.0;
        int sustained = view.sustainedJobs();
        return new RunOutcomes(horizon, users, employed, share(employed, users), share(everEmployed, users),
                retention[0], retention[1], retention[2],
                everEmployed == 0 ? Double.NaN : weeksToFirstJob / everEmployed,
                users == 0 ? Double.NaN : (double) placements / users,
                view.causeCount(Cause.HIRED),
                view.causeCount(Cause.QUIT), view.causeCount(Cause.FIRED),
                view.causeCount(Cause.TEMPORARY_ENDED), view.causeCount(Cause.LAID_OFF),
                mentorsEver, view.initialMentorPool(), pool, total.recruits(), total.recruitRefusals(), total.quits(),
                total.burnouts(), mentorYears,
                mentorYears == 0 ? Double.NaN : 100.0 * total.burnouts() / mentorYears,
                share(everBurntOut, mentorsEver),
                total.strainObservations() == 0 ? Double.NaN : total.strainSum() / total.strainObservations(),
                topShare(carried, TOP_SHARE),
                total.adviserHours(), total.mentorHours(), sustained,
                total.hiresDirect(), total.hiresEarly(), share(total.hiresDirect(), view.causeCount(Cause.HIRED)), total.hiresClose(),
                total.subsidisedHires(), total.jobChanges(), total.closeProgrammeEnds(), total.adviserHoursUnmet(),
                employed == 0 ? Double.NaN : (double) longHours / employed,
                share(view.stageCount(Stage.DISABILITY_BENEFIT), users), share(view.stageCount(Stage.AAP), users),
                share(view.stageCount(Stage.EDUCATION), users), share(view.stageCount(Stage.WORK_WITHOUT_NAV), users),
                share(view.stageCount(Stage.OTHER), users), total.reReferrals(), total.adviserTurnovers(),
                total.stepBacks(), total.shortLeaves(), total.severeLeaves(), total.departures(),
                topShare(load, TOP_SHARE), gini(load), topShareOf(burnouts, load, TOP_SHARE),
                total.networkInvited() == 0 ? Double.NaN : (double) total.networkAttendees() / total.networkInvited(),
                share(view.worksOnBenefitCount(), users));
    }

    /**
     * Share of the total of {@code values} held by the top {@code share} of entries ranked by
     * {@code rank} (highest first, ties by index): e.g. the burnouts of the mentors with the most
     * mentee-weeks. NaN if the values sum to 0.
     */
    static double topShareOf(double[] values, double[] rank, double share) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        if (values.length == 0 || total == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Double.compare(rank[b], rank[a]) : Integer.compare(a, b));
        int top = Math.max(1, (int) Math.round(share * values.length));
        double topSum = 0;
        for (int k = 0; k < top; k++) {
            topSum += values[order[k]];
        }
        return topSum / total;
    }

    /** Gini coefficient of non-negative values: (2 sum_i i x_(i)) / (n sum x) - (n + 1) / n, x sorted ascending; NaN if they sum to 0. */
    public static double gini(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        double weighted = 0;
        for (int k = 0; k < sorted.length; k++) {
            total += sorted[k];
            weighted += (k + 1) * sorted[k];
        }
        int n = sorted.length;
        return total == 0 ? Double.NaN : 2.0 * weighted / (n * total) - (n + 1.0) / n;
    }

    /**
     * Retention of first jobs at {@code weeks}: among users whose first job started at least
     * {@code weeks} before the horizon, the share whose first job lasted at least {@code weeks}.
     */
    static double retention(InclusionModel model, int horizon, int weeks, String group) {
        int eligible = 0;
        int retained = 0;
        for (User u : model.views().users()) {
            if (group != null && !group.equals(u.group())) {
                continue;
            }
            int start = u.firstJobStartWeek();
            if (start >= 0 && horizon - start >= weeks) {
                eligible++;
                if (u.firstJobEndWeek() < 0 || u.firstJobEndWeek() - start >= weeks) {
                    retained++;
                }
            }
        }
        return eligible == 0 ? Double.NaN : (double) retained / eligible;
    }

    /** Share of the total held by the top {@code share} of values (at least one value). */
    static double topShare(double[] values, double share) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (double v : sorted) {
            total += v;
        }
        if (total == 0) {
            return Double.NaN;
        }
        int top = Math.max(1, (int) Math.round(share * sorted.length));
        double topSum = 0;
        for (int k = sorted.length - top; k < sorted.length; k++) {
            topSum += sorted[k];
        }
        return topSum / total;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
