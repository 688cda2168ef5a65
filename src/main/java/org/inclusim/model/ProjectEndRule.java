package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.ProjectParameters;

/**
 * Rule: what the project leaves behind, and adviser turnover. Runs each week at the start of the
 * adviser phase.
 *
 * <p>Every project element e (training, follow-up, network facilitation, co-working, prioritised
 * time, leadership) has level 1 before {@code project.endWeek} and afterwards
 * <pre>
 * level_e(t) = L_e + (1 - L_e) exp(-(t - endWeek) / decayWeeks)      (L_e at once if decayWeeks = 0)
 * </pre>
 * where L_e is its after-end level. The funded activities happen on an occasion with probability
 * equal to their level ({@link ProjectFunding}); close-follow-up slots are
 * round(closeCasesPerAdviser x level) and cases above them return to standard follow-up, the
 * longest-close first ({@link CloseFollowUpRule#demoteOverSlots}, as at a policy change); leadership support is leadershipSupport x level; and each adviser's
 * competence above initialCompetence erodes by competenceLossPerWeek x (1 - leadership level) a
 * week. Why exponential decay: an organisation loses a practice gradually as people, routines
 * and priorities drift (Bond et al. 2014), one time constant is the least a calibration needs, and
 * decayWeeks 0 gives back the first model's instant switch.
 *
 * <p>Adviser turnover, before and after the end: each week an adviser leaves with probability
 * 1 - exp(-turnoverPerYear / 52) (stream {@link Purpose#ADVISER_TURNOVER}); the successor takes
 * over the caseload and close cases with initialCompetence, so competence built by co-working and
 * cases is lost unless the project still runs to rebuild it (Butenko et al. 2022).
 *
 * <p>Neutral: every after-end level 1 and turnoverPerYear 0.
 */
final class ProjectEndRule {
    /** Project elements with an after-end level. */
    enum Element { TRAINING, FOLLOW_UP, NETWORK, CO_WORKING, PRIORITISED_TIME, LEADERSHIP }

    private ProjectEndRule() {
    }

    static void apply(InclusionModel model) {
        turnover(model);
        ProjectParameters project = model.parameters().project();
        if (model.week() < project.endWeek()) {
            return;
        }
        for (int adviser = 0, n = model.advisers.size(); adviser < n; adviser++) {
            CloseFollowUpRule.demoteOverSlots(model, adviser);
        }
        erodeCompetence(model);
    }

    /** The level of {@code element} in the current week: 1 before the end, then decaying to its after-end level. */
    static double level(InclusionModel model, Element element) {
        ProjectParameters project = model.parameters().project();
        int week = model.week();
        if (week < project.endWeek()) {
            return 1.0;
        }
        double after = afterEnd(project, element);
        if (after >= 1.0 || project.decayWeeks() == 0.0) {
            return after;
        }
        return after + (1.0 - after) * Math.exp(-(week - project.endWeek()) / project.decayWeeks());
    }

    static double afterEnd(ProjectParameters project, Element element) {
        return switch (element) {
            case TRAINING -> project.trainingAfterEnd();
            case FOLLOW_UP -> project.followUpAfterEnd();
            case NETWORK -> project.networkFacilitationAfterEnd();
            case CO_WORKING -> project.coWorkingAfterEnd();
            case PRIORITISED_TIME -> project.prioritisedTimeAfterEnd();
            case LEADERSHIP -> project.leadershipAfterEnd();
        };
    }

    /** Close-follow-up slots per adviser this week: closeCasesPerAdviser x prioritised-time level, rounded. */
    static int closeSlots(InclusionModel model) {
        int slots = model.parameters().advisers().closeCasesPerAdviser();
        if (model.week() < model.parameters().project().endWeek()) {
            return slots;
        }
        return (int) Math.round(slots * level(model, Element.PRIORITISED_TIME));
    }

    /** Leadership support this week: advisers.leadershipSupport x leadership level. */
    static double leadership(InclusionModel model) {
        return model.parameters().advisers().leadershipSupport() * level(model, Element.LEADERSHIP);
    }

    private static void turnover(InclusionModel model) {
        AdviserParameters a = model.parameters().advisers();
        if (a.turnoverPerYear() == 0.0) {
            return;
        }
        double chance = -Math.expm1(-a.turnoverPerYear() / 52.0);
        AdviserTable advisers = model.advisers;
        for (int id = 0, n = advisers.size(); id < n; id++) {
            if (model.random().uniform(Purpose.ADVISER_TURNOVER, id, model.week()) < chance) {
                advisers.competence.set(id, a.initialCompetence());
                advisers.experiencedAtStart.set(id, false);
                model.weekTally.adviserTurnovers++;
            }
        }
    }

    private static void erodeCompetence(InclusionModel model) {
        double loss = model.parameters().project().competenceLossPerWeek() * (1.0 - level(model, Element.LEADERSHIP));
        if (loss == 0.0) {
            return;
        }
        double base = model.parameters().advisers().initialCompetence();
        AdviserTable advisers = model.advisers;
        for (int id = 0, n = advisers.size(); id < n; id++) {
            double c = advisers.competence.get(id);
            if (c > base) {
                advisers.competence.set(id, c - loss * (c - base));
            }
        }
    }
}
