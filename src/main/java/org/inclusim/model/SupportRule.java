package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: the support a user receives in a week, the sum of the mentor's and the adviser's parts.
 * <ul>
 * <li>mentor part = competence x dedication x (1 - strainSupportPenalty x min(1, strain / threshold))</li>
 * <li>adviser part = closeSupport x adviser competence in close follow-up, standardSupport otherwise</li>
 * <li>in a placement the sum is scaled by the horizon investment planned / (planned + investmentHalfWeeks)</li>
 * </ul>
 */
final class SupportRule {
    private SupportRule() {
    }

    /** The mentor part for the mentor with the given id (-1 for none). */
    static double mentorPart(MentorParameters mp, MentorTable mentors, int mentorId) {
        if (mentorId < 0 || !mentors.isActive(mentorId)) {
            return 0.0;
        }
        double strainShare = Math.min(1.0, mentors.strain(mentorId) / mp.burnoutThreshold());
        return mentors.competence(mentorId) * mentors.dedication(mentorId) * (1.0 - mp.strainSupportPenalty() * strainShare);
    }

    static double adviserPart(AdviserParameters a, User user) {
        if (user.adviser == null) {
            return 0.0;
        }
        return user.closeFollowUp ? a.closeSupport() * user.adviser.competence : a.standardSupport();
    }

    /** Investment in follow-up for a placement of the given planned length. */
    static double investment(Parameters p, int plannedWeeks) {
        return plannedWeeks / (plannedWeeks + p.placement().investmentHalfWeeks());
    }

    static double inPlacement(Parameters p, MentorTable mentors, User user) {
        return inJob(p, mentors, user) * user.investment;
    }

    static double inJob(Parameters p, MentorTable mentors, User user) {
        return mentorPart(p.mentors(), mentors, user.mentorId) + adviserPart(p.advisers(), user);
    }

    /** Place-then-train: fit grows on the job, fit += rate x support x (1 - fit). */
    static void train(Parameters p, User user, double support) {
        user.support = support;
        user.fit += p.placement().fitGrowthPerWeek() * support * (1.0 - user.fit);
    }
}
