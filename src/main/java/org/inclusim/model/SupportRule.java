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
     * The mentor part of support for every user with a mentor (in placement or employed), by
     * position in this week's scan (other positions hold stale values). Computed once a week,
     * when the placement phase first asks, and kept for the employment phase: no mentor's state,
     * strain or competence changes in either phase, a user's mentor can only be released there
     * (the caller then counts 0), and scan positions only change at the start of a week. A new
     * week or new parameters compute them again, and the model forgets them at the start of
     * every other phase and whenever a mentor takes a mentee or changes state, so that a rule
     * added later cannot read stale values.
     *
     * <p>Two passes: the first lists, in id order, the scan positions and mentor ids of the
     * users who have a mentor, reading only arrays the scan streams anyway; the second reads
     * those mentors' records in a tight loop, so the processor has many of these scattered
     * reads in flight at once.
     */
    static double[] mentorParts(InclusionModel model) {
        UserIndex index = model.userIndex;
        UserIndex.Scratch scratch = index.scratch();
        if (scratch.holds(model.week(), model.parameters())) {
            return scratch.values();
        }
        int[] positions = scratch.positions();
        int[] mentorIds = scratch.ids();
        int count = 0;
        for (int k = 0, n = index.scanSize(); k < n; k++) {
            int mentorId = index.mentorId(index.idAt(k));
            if (mentorId >= 0) {
                positions[count] = k;
                mentorIds[count++] = mentorId;
            }
        }
        MentorParameters mp = model.parameters().mentors();
        double[] parts = scratch.values();
        for (int i = 0; i < count; i++) {
            parts[positions[i]] = mentorPart(mp, model.mentorTable, mentorIds[i]);
        }
        scratch.hold(model.week(), model.parameters());
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
