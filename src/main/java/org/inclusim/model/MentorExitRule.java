package org.inclusim.model;

import org.inclusim.model.parameters.MentorParameters;

/**
 * Rules: how a mentor leaves active mentoring. Strain raises a weekly hazard smoothly; when it
 * strikes, the mentor steps back, goes on sick leave (short, or severe with the clinical-burnout
 * tail) or quits the role. Independently of strain, a mentor leaves the workplace by ordinary
 * turnover (job change, retirement) at a constant hazard.
 *
 * <p>Strain hazard: logit(h) = logit(strainHazardAtReference) + strainSlope x (strain -
 * strainReference), one draw a week per mentoring (active or stepped-back) engaged mentor (stream
 * {@link Purpose#STRAIN_EVENT}; none at a hazard of 0 or 1, {@link #strikes}); the response from a
 * second draw (stream {@link Purpose#BURNOUT}): step back with probability stepBackShare, quit with
 * quitShare, else sick leave, severe with probability severeLeaveShare (draw 1 of the same key).
 * Sick leave and quitting are burnouts: counted as episodes and remembered by the workplace. Leave
 * and step-back lengths are geometric, set at the start (stream {@link Purpose#LEAVE}: a step back
 * from the draw of its first week, a sick leave from the draws of the weeks after it, week by
 * week).
 */
final class MentorExitRule {
    private MentorExitRule() {
    }

    /** The strain slope at which the hazard is its own limit, the cliff: the parameter's maximum. */
    static final double CLIFF_SLOPE = 100.0;

    /**
     * The weekly strain hazard at the given strain (a logistic in strain; constant when the slope
     * is 0). At the slope's maximum {@link #CLIFF_SLOPE} it is the logistic's limit, the first
     * model's cliff: 1 above the reference strain, 0 at or below it.
     */
    static double hazard(MentorParameters mp, double strain) {
        return hazard(mp, referenceLogit(mp), strain);
    }

    /** logit(strainHazardAtReference), the hazard's intercept: computed once per mentor phase, not per mentor. */
    static double referenceLogit(MentorParameters mp) {
        double h = mp.strainHazardAtReference();
        return h <= 0.0 || h >= 1.0 ? Double.NaN : Math.log(h / (1.0 - h));
    }

    /** {@link #hazard(MentorParameters, double)} with its intercept {@link #referenceLogit} given. */
    static double hazard(MentorParameters mp, double referenceLogit, double strain) {
        double h = mp.strainHazardAtReference();
        if (h <= 0.0 || h >= 1.0) {
            return h;
        }
        if (mp.strainSlope() >= CLIFF_SLOPE) {
            return strain > mp.strainReference() ? 1.0 : 0.0;
        }
        double logit = referenceLogit + mp.strainSlope() * (strain - mp.strainReference());
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    /**
     * A mentoring mentor's week after its strain update: the end of a step back, then the strain
     * hazard ({@code referenceLogit} = {@link #referenceLogit} of {@code mp}).
     */
    static void strainHazard(InclusionModel model, MentorParameters mp, double referenceLogit, int id) {
        MentorTable table = model.mentors;
        int week = model.week();
        if (table.state(id) == MentorState.STEPPED_BACK && table.returnWeek.get(id) <= week) {
            model.setState(id, MentorState.ACTIVE);
            model.weekTally.returnsFromStepBack++;
        }
        double h = hazard(mp, referenceLogit, table.strain(id));
        long key = table.randomKey.get(id);
        if (!strikes(h, model.random(), key, week)) {
            return;
        }
        double u = model.random().uniform(Purpose.BURNOUT, key, week);
        if (u < mp.stepBackShare()) {
            stepBack(model, mp, id);
        } else if (u < mp.stepBackShare() + mp.quitShare()) {
            burnOut(model, id);
            quit(model, id);
        } else {
            boolean severe = model.random().uniform(Purpose.BURNOUT, key, week, 1) < mp.severeLeaveShare();
            burnOut(model, id);
            table.returnWeek.set(id, leaveReturnWeek(model.random(), key, week,
                    severe ? mp.severeLeaveWeeksMean() : mp.shortLeaveWeeksMean()));
            if (severe) {
                table.severeLeaves.add(id, 1);
                model.weekTally.severeLeaves++;
            } else {
                table.shortLeaves.add(id, 1);
                model.weekTally.shortLeaves++;
            }
        }
    }

    /**
     * Rule: whether strain hazard {@code h} strikes this week, a draw of stream
     * {@link Purpose#STRAIN_EVENT} below h. A hazard of 0 or less never strikes and one of 1 or
     * more always does (always so at the cliff, {@link #CLIFF_SLOPE}, and at any slope where the
     * logistic comes out as exactly 0 or 1): then the draw is not made, which changes no other
     * draw (the streams are keyed). Otherwise it strikes unless the draw is at or above
     * h, so a NaN hazard strikes, as it did when the draw was always made.
     */
    static boolean strikes(double h, RandomStreams random, long key, int week) {
        if (h <= 0.0) {
            return false;
        }
        return h >= 1.0 || !(random.uniform(Purpose.STRAIN_EVENT, key, week) >= h);
    }

    /** Steps back: keeps its mentees, takes no new ones until the return week. */
    private static void stepBack(InclusionModel model, MentorParameters mp, int id) {
        MentorTable table = model.mentors;
        int week = model.week();
        model.setState(id, MentorState.STEPPED_BACK);
        table.returnWeek.set(id, week + geometricWeeks(mp.stepBackWeeksMean(),
                model.random().uniform(Purpose.LEAVE, table.randomKey.get(id), week)));
        table.stepBacks.add(id, 1);
        model.weekTally.stepBacks++;
    }

    /** A burnout (sick leave or quitting): counted, remembered by the workplace, mentees moved or released. */
    private static void burnOut(InclusionModel model, int mentor) {
        MentorTable table = model.mentors;
        table.burnoutEpisodes.add(mentor, 1);
        model.weekTally.burnouts++;
        model.workplaces.rememberBurnout(table.workplace.get(mentor), model.week(),
                model.parameters().recruitment().burnoutMemoryWeeks());
        // Off the mentoring states first, so the mentor is not its own colleague with room.
        model.setState(mentor, MentorState.ON_LEAVE);
        releaseMentees(model, mentor);
    }

    /** Quits the role for good after strain. */
    static void quit(InclusionModel model, int mentor) {
        model.setState(mentor, MentorState.QUIT);
        model.mentors.quitWeek.set(mentor, model.week());
        model.mentors.departureWeek.set(mentor, Integer.MAX_VALUE);
        model.links.leaveRole(mentor);
        model.weekTally.quits++;
    }

    /** Ordinary turnover: the mentor leaves the workplace; its mentees move to a colleague or lose the mentor. */
    static void leaveWorkplace(InclusionModel model, int mentor) {
        MentorTable table = model.mentors;
        model.setState(mentor, MentorState.LEFT);
        releaseMentees(model, mentor);
        table.leftWeek.set(mentor, model.week());
        table.departureWeek.set(mentor, Integer.MAX_VALUE);
        model.links.leaveRole(mentor);
        model.weekTally.departures++;
    }

    /**
     * Mentees in placement move to the workplace's active mentor with room and the lowest load
     * ratio, or lose the placement ({@code mentor_lost}); employed mentees lose mentor support.
     * Natural (background) mentees get no support while the mentor is not mentoring
     * ({@link SupportRule#mentorPart}); EmploymentRule ends their natural support in their next
     * week once the mentor has quit or left.
     */
    private static void releaseMentees(InclusionModel model, int mentor) {
        MentorTable table = model.mentors;
        int workplace = table.workplace.get(mentor);
        int[] mentees = new int[table.menteeCount(mentor)];
        for (int k = 0; k < mentees.length; k++) {
            mentees[k] = table.mentee(mentor, k);
        }
        for (int mentee : mentees) {
            if (model.users.stage(mentee) == Stage.IN_PLACEMENT) {
                int other = model.workplaces.availableMentor(workplace, table);
                if (other < 0) {
                    model.endPlacement(mentee, Cause.MENTOR_LOST);
                } else {
                    model.links.transferMentee(mentee, other);
                }
            } else {
                model.links.releaseMentor(mentee);
            }
        }
    }

    /**
     * Week a new mentor will leave its workplace: geometric with the weekly turnover chance
     * (stream {@link Purpose#TURNOVER}, keyed by the mentor), so the k-th mentor of a workplace
     * leaves in the same week in every variant; MAX_VALUE without turnover.
     */
    static int departureWeek(MentorParameters mp, RandomStreams random, long key, int recruitedWeek) {
        double q = mp.turnoverPerWeek();
        if (q <= 0.0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(recruitedWeek, 0) + geometricWeeks(1.0 / q, random.uniform(Purpose.TURNOVER, key, 0));
    }

    /**
     * The week a sick leave that starts in {@code week} ends: the first later week w with
     * U(LEAVE, key, w) &lt; 1 / mean, a geometric number of weeks with the given mean. Drawn week by
     * week, as the first model drew a return each week on leave, so that a leave of the first
     * model's mean ends in the same week as there; at most {@link #MAX_WEEKS} weeks.
     */
    static int leaveReturnWeek(RandomStreams random, long key, int week, double mean) {
        double p = 1.0 / mean;
        for (int w = week + 1; w - week < MAX_WEEKS; w++) {
            if (random.uniform(Purpose.LEAVE, key, w) < p) {
                return w;
            }
        }
        return week + MAX_WEEKS;
    }

    /** Longest drawn duration: far beyond any horizon, and no overflow when added to a week. */
    static final int MAX_WEEKS = 100_000_000;

    /** A geometric number of weeks (1 to MAX_WEEKS) with the given mean, from a uniform draw u in [0, 1). */
    static int geometricWeeks(double mean, double u) {
        double p = 1.0 / mean;
        if (p >= 1.0) {
            return 1;
        }
        double weeks = 1.0 + Math.floor(Math.log1p(-u) / Math.log1p(-p));
        return (int) Math.min(MAX_WEEKS, weeks);
    }
}
