package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: the support a user receives in a week, the sum of the mentor's and the adviser's parts.
 * <ul>
 * <li>mentor part = competence x dedication x (1 - strainSupportPenalty x min(1, strain / strainReference)),
 * 0 unless the mentor is mentoring (active or stepped back)</li>
 * <li>adviser part = closeSupport x adviser competence in close follow-up, standardSupport otherwise</li>
 * <li>in a placement the sum is scaled by the horizon investment planned / (planned + investmentHalfWeeks)</li>
 * </ul>
 */
final class SupportRule {
    private SupportRule() {
    }

    /** The mentor part for the mentor with the given id (-1 for none). */
    static double mentorPart(MentorParameters mp, MentorTable mentors, int mentorId) {
        if (mentorId < 0 || !mentors.isMentoring(mentorId)) {
            return 0.0;
        }
        double strainShare = Math.min(1.0, mentors.strain(mentorId) / mp.strainReference());
        return mentors.competence(mentorId) * mentors.dedication(mentorId) * (1.0 - mp.strainSupportPenalty() * strainShare);
    }

    /** The adviser part for user {@code id} (the adviser's competence counts only in close follow-up). */
    static double adviserPart(AdviserParameters a, InclusionModel model, int id) {
        int adviserId = model.users.adviser.get(id);
        if (adviserId < 0) {
            return 0.0;
        }
        return model.users.close(id) ? a.closeSupport() * model.advisers.competence.get(adviserId) : a.standardSupport();
    }

    /** Investment in follow-up for a placement of the given planned length. */
    static double investment(Parameters p, int plannedWeeks) {
        return plannedWeeks / (plannedWeeks + p.placement().investmentHalfWeeks());
    }

    /** Support of user {@code id} in placement this week, given its {@link MentorParts mentor part}. */
    static double inPlacement(Parameters p, InclusionModel model, int id, double mentorPart) {
        return inJob(p, model, id, mentorPart) * model.users.investment.get(id);
    }

    /**
     * Support of user {@code id} in a job this week, given its {@link MentorParts mentor part}
     * (taken as 0 if the mentor has since been released).
     */
    static double inJob(Parameters p, InclusionModel model, int id, double mentorPart) {
        double mentor = model.users.mentor.get(id) < 0 ? 0.0 : mentorPart;
        return mentor + adviserPart(p.advisers(), model, id);
    }

    /** Place-then-train: records the support of user {@code id}, and fit grows on the job, fit += rate x support x (1 - fit). */
    static void train(Parameters p, UserTable users, int id, double support) {
        users.support.set(id, support);
        double fit = users.fit.get(id);
        users.fit.set(id, fit + p.placement().fitGrowthPerWeek() * support * (1.0 - fit));
    }
}
