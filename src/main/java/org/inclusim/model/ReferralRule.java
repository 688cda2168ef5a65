package org.inclusim.model;

import org.inclusim.model.parameters.UserParameters;

/**
 * Rule: referrals. Every week, week 0 included, Poisson({@code referralsPerWeek}) new users are
 * referred (stream {@link Purpose#ARRIVALS}, keyed by week); in week 0 the initial caseload comes
 * on top. A user's traits are keyed by
 * the user id, which is the referral order, so every variant sees the same users. With user
 * groups, each referral first draws its group by the group shares (stream
 * {@link Purpose#USER_GROUP}, keyed by the user id), then its traits with its group's parameters;
 * without groups nothing is drawn for it, so the other streams are untouched.
 */
final class ReferralRule {
    private ReferralRule() {
    }

    static void apply(InclusionModel model) {
        UserParameters p = model.parameters().users();
        int arrivals = model.random().poisson(p.referralsPerWeek(), Purpose.ARRIVALS, 0, model.week());
        if (model.week() == 0) {
            arrivals += p.initialCaseload();
        }
        for (int i = 0; i < arrivals; i++) {
            refer(model);
        }
    }

    private static void refer(InclusionModel model) {
        int next = model.users.size();
        int group = model.groups.drawn() ? model.groups.draw(model.random().uniform(Purpose.USER_GROUP, next, 0)) : 0;
        UserParameters p = model.groups.of(group).users();
        double u1 = model.random().uniform(Purpose.USER_TRAITS, next, 0, 0);
        double u2 = model.random().uniform(Purpose.USER_TRAITS, next, 0, 1);
        double need = clamp(p.supportNeedMean() + p.supportNeedSpread() * (u1 + u2 - 1.0), 0.01, 0.99);
        int id = model.addUser(group, need, p.initialFitMax() * (1.0 - need));
        EmployabilityRule.draw(model, id, p.employabilitySpread());
        DestinationRule.setUserFactor(model, id);
        model.referralQueue.add(id);
        model.emit(id, null, Stage.REFERRED, Cause.REFERRAL);
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
