package org.inclusim.model;

import org.inclusim.model.parameters.DestinationParameters;

/**
 * Rule: work beside disability benefit (graded uføretrygd; ODD 7.5b). Disability benefit stays a
 * permanent destination (no event leaves the stage), but "permanent benefit" need not mean "never
 * works": a user on it may hold work beside it, a second state of the user ({@link
 * UserTable#worksOnBenefit}) that does not change the stage.
 *
 * <p>At the grant (the week the user leaves the measure for disability benefit) the user works
 * beside it with probability {@code a = disabilityWorkAtGrant} (stream {@link
 * Purpose#DISABILITY_WORK}, draw 0). In each later week one uniform (draw 1) decides:
 * <pre>
 * not working:  starts work with probability s = disabilityWorkStartPerWeek
 * working:      stops work  with probability q = disabilityWorkEndPerWeek
 * </pre>
 * so the share working t weeks after the grant is s/(s+q) + (a - s/(s+q)) (1-s-q)^t: a
 * two-state Markov chain that starts at a and tends to s/(s+q). Each change is an event
 * ({@link Cause#BENEFIT_WORK_STARTED}, {@link Cause#BENEFIT_WORK_ENDED}; from and to stage
 * disability_benefit). Work on the benefit is outside the measure: no workplace, mentor or adviser.
 *
 * <p>Why this form: the evidence gives three population figures and no covariates the model has
 * (the share in work shortly after the grant, and yearly flows into and out of work among those
 * on the benefit), which a constant-rate two-state chain matches one parameter each; a = s = 0
 * switches the rule off and leaves the model exactly as it was (no draw is taken, no user works).
 */
final class DisabilityWorkRule {
    private DisabilityWorkRule() {
    }

    /** The grant of disability benefit to user {@code id} this week: works beside it with probability disabilityWorkAtGrant. */
    static void onGrant(InclusionModel model, int id) {
        double atGrant = model.parametersOf(id).destinations().disabilityWorkAtGrant();
        if (atGrant > 0 && model.random().uniform(Purpose.DISABILITY_WORK, id, model.week(), 0) < atGrant) {
            setWorking(model, id, true);
        }
    }

    /**
     * A week for every user on disability benefit granted before this week, visiting only them
     * ({@link UserTable#onBenefitAt}, in id order); nothing at all while the rule is off.
     */
    static void apply(InclusionModel model) {
        if (!active(model)) {
            return;
        }
        UserTable users = model.users;
        int week = model.week();
        for (int k = 0, n = users.onBenefitSize(); k < n; k++) {
            int id = users.onBenefitAt(k);
            if (users.stageSinceWeek.get(id) >= week) {
                continue;
            }
            DestinationParameters d = model.parametersOf(id).destinations();
            boolean working = users.worksOnBenefit.isSet(id);
            double rate = working ? d.disabilityWorkEndPerWeek() : d.disabilityWorkStartPerWeek();
            if (rate > 0 && model.random().uniform(Purpose.DISABILITY_WORK, id, week, 1) < rate) {
                setWorking(model, id, !working);
            }
        }
    }

    /** True if someone works beside the benefit or some user group's start rate is above 0. */
    private static boolean active(InclusionModel model) {
        if (model.users.worksOnBenefitCount() > 0) {
            return true;
        }
        for (int g = 0, n = model.groups.count(); g < n; g++) {
            if (model.groups.of(g).destinations().disabilityWorkStartPerWeek() > 0) {
                return true;
            }
        }
        return false;
    }

    private static void setWorking(InclusionModel model, int id, boolean works) {
        model.users.setWorksOnBenefit(id, works);
        model.emit(id, Stage.DISABILITY_BENEFIT, Stage.DISABILITY_BENEFIT,
                works ? Cause.BENEFIT_WORK_STARTED : Cause.BENEFIT_WORK_ENDED);
    }
}
