package org.inclusim.model;

import org.inclusim.model.parameters.SearchParameters;

/**
 * Rule: the job specialist's employer contact in the employer's hire decision (ODD 7.5.2). It
 * lowers the fit the employer requires, like a wage subsidy does, by
 * <pre>
 * development = search.jobDevelopmentRelief x comp         direct hire of a close case
 *             = search.placementDevelopmentRelief x comp   early or end-of-placement decision on a close case's work training
 *             = 0                                          standard case, or no adviser
 * </pre>
 * (comp: the adviser's job-specialist competence). The second line is the job specialist
 * negotiating the hire with the employer who hosts the work training; at
 * {@code search.placementDevelopmentRelief} 0 (neutral) job development acts on direct hires only.
 */
final class JobDevelopmentRule {
    private JobDevelopmentRule() {
    }

    /** The relief for {@code user}'s hire decision: {@code direct} for a direct hire, else a decision in a placement. */
    static double relief(InclusionModel model, int user, boolean direct) {
        UserTable users = model.users;
        int adviser = users.adviser.get(user);
        if (adviser < 0 || !users.close(user)) {
            return 0.0;
        }
        return relief(model.parametersOf(user).search(), direct, model.advisers.competence.get(adviser));
    }

    /** The relief a close case's adviser of competence {@code competence} gives on a direct hire or in a placement. */
    static double relief(SearchParameters s, boolean direct, double competence) {
        return (direct ? s.jobDevelopmentRelief() : s.placementDevelopmentRelief()) * competence;
    }
}
