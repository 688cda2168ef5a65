package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: the support a user receives in a week, the sum of the mentor's and the adviser's parts
 * (ODD 7.9).
 * <ul>
 * <li>mentor part = competence x dedication x (1 - strainSupportPenalty x min(1, strain / strainReference)),
 * 0 unless the mentor is mentoring (active or stepped back); in a job x the mentor's tapering
 * effort {@link #mentorEffort}</li>
 * <li>adviser part = (closeSupport x adviser competence in close follow-up, standardSupport
 * otherwise) x the adviser's time coverage, in a job x the follow-along taper {@link #followAlong}</li>
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

    /**
     * The mentor's effort for a mentee in week {@code weeksInJob} of a job: it tapers from 1 to
     * the lasting background share, backgroundShare + (1 - backgroundShare) x exp(-weeks / taperWeeks);
     * 1 without a taper (taperWeeks 0).
     */
    static double mentorEffort(MentorParameters mp, int weeksInJob) {
        double taper = mp.taperWeeks();
        return taper == 0 ? 1.0 : mp.backgroundShare() + (1.0 - mp.backgroundShare()) * Math.exp(-weeksInJob / taper);
    }

    /**
     * The adviser's follow-along in week {@code weeksInJob} of a job, as a share of full support:
     * floor + (1 - floor) x exp(-weeks / followAlongTaperWeeks), floor followAlongFloorShare in
     * close follow-up and 0 in standard follow-up; 1 without a taper.
     */
    static double followAlong(AdviserParameters a, boolean close, int weeksInJob) {
        double taper = a.followAlongTaperWeeks();
        if (taper == 0) {
            return 1.0;
        }
        double floor = close ? a.followAlongFloorShare() : 0.0;
        return floor + (1.0 - floor) * Math.exp(-weeksInJob / taper);
    }

    /** The adviser part for user {@code id}, before any follow-along taper (competence counts only in close follow-up). */
    static double adviserPart(AdviserParameters a, InclusionModel model, int id) {
        int adviserId = model.users.adviser.get(id);
        if (adviserId < 0) {
            return 0.0;
        }
        AdviserTable advisers = model.advisers;
        return model.users.close(id)
                ? a.closeSupport() * advisers.competence.get(adviserId) * advisers.closeCoverage.get(adviserId)
                : a.standardSupport() * advisers.standardCoverage.get(adviserId);
    }

    /** Investment in follow-up for a placement of the given planned length. */
    static double investment(Parameters p, int plannedWeeks) {
        return plannedWeeks / (plannedWeeks + p.placement().investmentHalfWeeks());
    }

    /** Support of user {@code id} in placement this week, given its {@link MentorParts mentor part}. */
    static double inPlacement(Parameters p, InclusionModel model, int id, double mentorPart) {
        double mentor = model.users.mentor.get(id) < 0 ? 0.0 : mentorPart;
        return (mentor + adviserPart(p.advisers(), model, id)) * model.users.investment.get(id);
    }

    /**
     * Support of user {@code id} in week {@code weeksInJob} of a job, given its
     * {@link MentorParts mentor part} (taken as 0 if the mentor, in a mentee place or natural,
     * has since been released); {@code tapers} are those of {@code p}.
     */
    static double inJob(Parameters p, Tapers tapers, InclusionModel model, int id, double mentorPart, int weeksInJob) {
        UserTable users = model.users;
        boolean mentored = users.mentor.get(id) >= 0 || users.naturalMentor.get(id) >= 0;
        double mentor = mentored ? mentorPart * tapers.mentorEffort(weeksInJob) : 0.0;
        double adviser = adviserPart(p.advisers(), model, id);
        return mentor + (adviser == 0.0 ? 0.0 : adviser * tapers.followAlong(users.close(id), weeksInJob));
    }

    /** Place-then-train: records the support of user {@code id}, and fit grows on the job, fit += rate x support x (1 - fit). */
    static void train(Parameters p, UserTable users, int id, double support) {
        users.support.set(id, support);
        double fit = users.fit.get(id);
        users.fit.set(id, fit + p.placement().fitGrowthPerWeek() * support * (1.0 - fit));
    }
}
