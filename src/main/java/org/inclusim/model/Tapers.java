package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;

/**
 * The two support tapers of {@link SupportRule} by week in a job, tabulated once per parameter
 * set: the mentor's effort ({@link SupportRule#mentorEffort}) and the adviser's follow-along in
 * close and in standard follow-up ({@link SupportRule#followAlong}). Each entry is the formula's
 * own value for that week, so a lookup gives the same bits as the formula; weeks beyond the
 * table (or before a job's start) fall back to the formula. Why: each employed user-week and
 * each mentee-week asked for an exponential; a lookup costs a fraction of one.
 */
final class Tapers {
    private final MentorParameters mentors;
    private final AdviserParameters advisers;
    private double[] effort = new double[0];
    private double[] closeAlong = new double[0];
    private double[] standardAlong = new double[0];

    Tapers(MentorParameters mentors, AdviserParameters advisers) {
        this.mentors = mentors;
        this.advisers = advisers;
    }

    /** True if the tables are those of these parameters (the same objects). */
    boolean isFor(MentorParameters m, AdviserParameters a) {
        return mentors == m && advisers == a;
    }

    /** Makes sure weeks 0 .. {@code weeks} in a job are tabulated. */
    Tapers upTo(int weeks) {
        if (weeks < effort.length) {
            return this;
        }
        int length = Math.max(weeks + 1, 2 * effort.length);
        double[] e = new double[length];
        double[] close = new double[length];
        double[] standard = new double[length];
        for (int w = 0; w < length; w++) {
            e[w] = SupportRule.mentorEffort(mentors, w);
            close[w] = SupportRule.followAlong(advisers, true, w);
            standard[w] = SupportRule.followAlong(advisers, false, w);
        }
        effort = e;
        closeAlong = close;
        standardAlong = standard;
        return this;
    }

    /** {@link SupportRule#mentorEffort} for week {@code weeksInJob} of a job. */
    double mentorEffort(int weeksInJob) {
        return weeksInJob >= 0 && weeksInJob < effort.length ? effort[weeksInJob] : SupportRule.mentorEffort(mentors, weeksInJob);
    }

    /** {@link SupportRule#followAlong} for week {@code weeksInJob} of a job. */
    double followAlong(boolean close, int weeksInJob) {
        if (weeksInJob < 0 || weeksInJob >= effort.length) {
            return SupportRule.followAlong(advisers, close, weeksInJob);
        }
        return close ? closeAlong[weeksInJob] : standardAlong[weeksInJob];
    }
}
