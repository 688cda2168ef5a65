package org.inclusim.model;

import org.inclusim.model.parameters.DestinationParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: where users go when they leave the measure, and who comes back. Runs each week before
 * matching.
 *
 * <p>A user who is referred, seeking or out of work leaves this week for destination d with the
 * competing weekly hazards (one uniform of stream {@link Purpose#DESTINATION} per user-week;
 * none if the user's group cannot leave, {@link #canLeave})
 * <pre>
 * h_d = rate_d x stage factor x exp(needEffect_d x (need - 0.5) + durationEffect_d x years out of work) x theta^e_d
 * </pre>
 * with the stage factor {@code outOfWorkFactor} for a user out of work after a job loss (else 1),
 * need and duration effects for disability benefit and work without NAV only, and e = -1 for
 * disability benefit, +1 for work without NAV, 0 for AAP, education and other. Years out of work
 * count from referral or from the end of the last job, as the search decline does.
 *
 * <p>A user in AAP (without follow-up), education or work without NAV is referred again with its
 * destination's weekly return chance (stream {@link Purpose#RETURN}; cause {@code re_referral}):
 * back to the referral queue. Time out of work carries on after AAP and restarts after education
 * or work. Disability benefit and other are absorbing.
 *
 * <p>Why this form: log-linear (proportional) hazards are the form in which the Norwegian
 * competing-risks evidence is reported (Roed &amp; Zhang 2003: the job hazard falls and the
 * disability hazard rises with time out of work, beyond heterogeneity), each covariate acts as a
 * rate ratio a calibration can fit, and a zero rate switches a destination off.
 */
final class DestinationRule {
    private static final byte REFERRED = UserTable.code(Stage.REFERRED);
    private static final byte SEEKING = UserTable.code(Stage.SEEKING);
    private static final byte OUT_OF_WORK = UserTable.code(Stage.OUT_OF_WORK);
    private static final byte AAP = UserTable.code(Stage.AAP);
    private static final byte EDUCATION = UserTable.code(Stage.EDUCATION);
    private static final byte WORK_WITHOUT_NAV = UserTable.code(Stage.WORK_WITHOUT_NAV);

    private DestinationRule() {
    }

    /**
     * Each user's hazards are the user's group's ({@link InclusionModel#parametersOf}). A draw
     * whose outcome is certain is not made ({@link #canLeave}, a return rate of 0): the draws are
     * keyed, so no other draw changes.
     */
    static void apply(InclusionModel model) {
        int week = model.week();
        UserTable users = model.users;
        DurationFactors[] durations = new DurationFactors[model.groups.count()];
        boolean[] leaves = new boolean[durations.length];
        boolean anyLeaves = false;
        for (int g = 0; g < durations.length; g++) {
            durations[g] = model.durationFactors(g, week);
            leaves[g] = canLeave(model.groups.of(g).destinations());
            anyLeaves |= leaves[g];
        }
        if (!anyLeaves && model.stageCounts[Stage.AAP.ordinal()] + model.stageCounts[Stage.EDUCATION.ordinal()]
                + model.stageCounts[Stage.WORK_WITHOUT_NAV.ordinal()] == 0) {
            return;
        }
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            byte stage = users.stage.get(id);
            if (stage == REFERRED || stage == SEEKING || stage == OUT_OF_WORK) {
                if (!leaves[users.group.get(id)]) {
                    continue;
                }
                DestinationParameters d = model.parametersOf(id).destinations();
                double u = model.random().uniform(Purpose.DESTINATION, id, week);
                Stage to = destination(d, durations[users.group.get(id)], users, id, stage == OUT_OF_WORK ? d.outOfWorkFactor() : 1.0, week, u);
                if (to != null) {
                    model.leaveMeasure(id, to);
                }
            } else if (stage == AAP || stage == EDUCATION || stage == WORK_WITHOUT_NAV) {
                DestinationParameters d = model.parametersOf(id).destinations();
                double rate = stage == AAP ? d.aapReturnPerWeek()
                        : stage == EDUCATION ? d.educationReturnPerWeek() : d.workWithoutNavReturnPerWeek();
                if (rate > 0.0 && model.random().uniform(Purpose.RETURN, id, week) < rate) {
                    reRefer(model, id, stage == AAP);
                }
            }
        }
    }

    /**
     * Rule: whether a user with these parameters can leave at all. With every leaving rate 0 each
     * hazard of {@link #destination} is 0 (or NaN, for an infinite factor), below no draw in
     * [0, 1), so the user stays whatever the draw: the draw need not be made.
     */
    static boolean canLeave(DestinationParameters d) {
        return d.disabilityPerWeek() > 0.0 || d.aapPerWeek() > 0.0 || d.educationPerWeek() > 0.0
                || d.workWithoutNavPerWeek() > 0.0 || d.otherPerWeek() > 0.0;
    }

    /** The destination for uniform draw {@code u}, or null if the user stays this week. */
    static Stage destination(DestinationParameters d, DurationFactors durations, UserTable users, int id,
                             double stageFactor, int week, double u) {
        int weeksOut = week - users.outOfWorkSinceWeek.get(id);
        double h = stageFactor * d.disabilityPerWeek() * users.disabilityFactor.get(id) * durations.disability(weeksOut);
        if (u < h) {
            return Stage.DISABILITY_BENEFIT;
        }
        h += stageFactor * d.aapPerWeek();
        if (u < h) {
            return Stage.AAP;
        }
        h += stageFactor * d.educationPerWeek();
        if (u < h) {
            return Stage.EDUCATION;
        }
        h += stageFactor * d.workWithoutNavPerWeek() * users.employability(id) * durations.workWithoutNav(weeksOut);
        if (u < h) {
            return Stage.WORK_WITHOUT_NAV;
        }
        h += stageFactor * d.otherPerWeek();
        return u < h ? Stage.OTHER : null;
    }

    /** A user back from AAP, education or work without NAV joins the referral queue. */
    private static void reRefer(InclusionModel model, int id, boolean stillOutOfWork) {
        UserTable users = model.users;
        if (!stillOutOfWork) {
            users.outOfWorkSinceWeek.set(id, model.week());
        }
        users.reReferrals.add(id, 1);
        model.tallyOf(id).reReferrals++;
        model.move(id, Stage.REFERRED, Cause.RE_REFERRAL);
        model.referralQueue.add(id);
    }

    /** Sets user {@code id}'s time-invariant disability factor exp(needEffect x (need - 0.5)) / theta. */
    static void setUserFactor(InclusionModel model, int id) {
        UserTable users = model.users;
        double effect = model.parametersOf(id).destinations().disabilityNeedEffect();
        users.disabilityFactor.set(id, Math.exp(effect * (users.supportNeed.get(id) - 0.5)) / users.employability(id));
    }

    /** After a change of parameters: every user's factor again, if the need effect (or a user group) changed. */
    static void onParameters(InclusionModel model, Parameters before) {
        if (before.destinations().disabilityNeedEffect() != model.parameters().destinations().disabilityNeedEffect()
                || !before.groups().equals(model.parameters().groups())) {
            for (int id = 0, n = model.users.size(); id < n; id++) {
                setUserFactor(model, id);
            }
        }
    }

    /**
     * The duration factors exp(effect x weeks / 52) of the disability and work-without-NAV
     * hazards by weeks out of work, tabulated once per parameter set (an exp per user-week would
     * cost more than the rest of the rule).
     */
    static final class DurationFactors {
        private final DestinationParameters source;
        private double[] disability = new double[0];
        private double[] workWithoutNav = new double[0];

        DurationFactors(DestinationParameters source) {
            this.source = source;
        }

        boolean isFor(DestinationParameters d) {
            return source == d;
        }

        /** Makes sure weeks out of work 0 .. {@code weeks} are tabulated. */
        DurationFactors upTo(int weeks) {
            if (weeks < disability.length) {
                return this;
            }
            int length = Math.max(weeks + 1, 2 * disability.length);
            disability = new double[length];
            workWithoutNav = new double[length];
            for (int w = 0; w < length; w++) {
                disability[w] = Math.exp(source.disabilityDurationEffectPerYear() * w / 52.0);
                workWithoutNav[w] = Math.exp(source.workWithoutNavDurationEffectPerYear() * w / 52.0);
            }
            return this;
        }

        double disability(int weeksOut) {
            return disability[weeksOut];
        }

        double workWithoutNav(int weeksOut) {
            return workWithoutNav[weeksOut];
        }
    }
}
