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

    /** The adviser part for user {@code id}, read from the index (the adviser only in close follow-up). */
    static double adviserPart(AdviserParameters a, InclusionModel model, int id) {
        int adviserId = model.userIndex.adviserId(id);
        if (adviserId < 0) {
            return 0.0;
        }
        return model.userIndex.close(id) ? a.closeSupport() * model.adviserCompetence(adviserId) : a.standardSupport();
    }

    /** Investment in follow-up for a placement of the given planned length. */
    static double investment(Parameters p, int plannedWeeks) {
        return plannedWeeks / (plannedWeeks + p.placement().investmentHalfWeeks());
    }

    /**
     * The mentor part of support for every user in the given stage, by position in this week's
     * scan (other positions hold stale values). One tight pass over the mentors' records lets
     * the processor fetch many of them at once, where reading one per visit waits for each.
     * The parts hold for the rest of the placement or employment phase: no mentor's state,
     * strain or competence changes there, and a user's mentor can only be released.
     */
    static double[] mentorParts(InclusionModel model, byte stageCode) {
        MentorParameters mp = model.parameters().mentors();
        UserIndex index = model.userIndex;
        int n = index.scanSize();
        double[] parts = index.scanScratch();
        for (int k = 0; k < n; k++) {
            int id = index.idAt(k);
            if (index.stageCode(id) == stageCode) {
                parts[k] = mentorPart(mp, model.mentorTable, index.mentorId(id));
            }
        }
        return parts;
    }

    /** Support of user {@code id} in placement this week, given its {@link #mentorParts mentor part}. */
    static double inPlacement(Parameters p, InclusionModel model, int id, double mentorPart) {
        return inJob(p, model, id, mentorPart) * model.userIndex.investment(id);
    }

    /**
     * Support of user {@code id} in a job this week, given its {@link #mentorParts mentor part}
     * (taken as 0 if the mentor has since been released).
     */
    static double inJob(Parameters p, InclusionModel model, int id, double mentorPart) {
        double mentor = model.userIndex.mentorId(id) < 0 ? 0.0 : mentorPart;
        return mentor + adviserPart(p.advisers(), model, id);
    }

    /** Place-then-train: records the support of user {@code id}, and fit grows on the job, fit += rate x support x (1 - fit). */
    static void train(Parameters p, UserIndex users, int id, double support) {
        users.setSupport(id, support);
        double fit = users.fit(id);
        users.setFit(id, fit + p.placement().fitGrowthPerWeek() * support * (1.0 - fit));
    }
}
