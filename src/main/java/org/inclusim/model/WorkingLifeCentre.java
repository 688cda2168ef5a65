package org.inclusim.model;

import java.io.Serializable;
import org.inclusim.model.parameters.TrainingLevel;
import org.inclusim.model.parameters.TrainingParameters;

/**
 * The working-life centre (Arbeidslivssenter): trains new mentors and follows up mentors with
 * regular contacts. Both are project-funded (see {@link ProjectFunding}).
 */
public final class WorkingLifeCentre implements Serializable {
    private static final long serialVersionUID = 1L;

    int basicTrainings;
    int extendedTrainings;
    int followUpContacts;

    /**
     * Rule: training of a new mentor. The configured level if training is offered and funded on
     * this occasion, else none.
     */
    TrainingLevel train(InclusionModel model, long mentorKey) {
        TrainingLevel level = model.parameters().training().level();
        if (level == TrainingLevel.NONE
                || !ProjectFunding.carriedOut(model, ProjectFunding.Activity.TRAINING, mentorKey)) {
            return TrainingLevel.NONE;
        }
        if (level == TrainingLevel.BASIC) {
            basicTrainings++;
            model.weekTally.basicTrainings++;
        } else {
            extendedTrainings++;
            model.weekTally.extendedTrainings++;
        }
        return level;
    }

    /** Competence a training level adds to a new mentor. */
    static double competenceGain(TrainingParameters t, TrainingLevel level) {
        return switch (level) {
            case NONE -> 0.0;
            case BASIC -> t.basicCompetenceGain();
            case EXTENDED -> t.extendedCompetenceGain();
        };
    }

    /**
     * Rule: follow-up contact. Each mentor with mentees is contacted every
     * {@code followUpIntervalWeeks} weeks (staggered by the mentor's random key, so the schedule is
     * the same in every variant) if follow-up is offered and funded on this occasion; the contact
     * adds {@code followUpLearning} competence. Returns the strain relief to apply to the mentor
     * with the given id.
     */
    double followUp(InclusionModel model, int mentorId) {
        TrainingParameters t = model.parameters().training();
        MentorTable table = model.mentors;
        long key = table.randomKey.get(mentorId);
        int interval = t.followUpIntervalWeeks();
        boolean due = (model.week() + Math.floorMod(key, interval)) % interval == 0;
        if (!t.followUp() || table.menteeCount(mentorId) == 0 || !due
                || !ProjectFunding.carriedOut(model, ProjectFunding.Activity.FOLLOW_UP, key)) {
            return 0.0;
        }
        followUpContacts++;
        model.weekTally.followUpContacts++;
        table.setCompetence(mentorId, Math.min(1.0, table.competence(mentorId) + t.followUpLearning()));
        return t.followUpStrainRelief();
    }

    public int basicTrainings() {
        return basicTrainings;
    }

    public int extendedTrainings() {
        return extendedTrainings;
    }

    public int followUpContacts() {
        return followUpContacts;
    }
}
