package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inclusim.model.parameters.FollowUpCycle;
import org.inclusim.model.parameters.FollowUpTargeting;
import org.inclusim.model.parameters.TrainingLevel;
import org.inclusim.model.parameters.TrainingParameters;

/**
 * The working-life centre (Arbeidslivssenter): trains new mentors and follows up mentors with
 * regular contacts, equally or targeted at the most strained. Both are project-funded (see
 * {@link ProjectFunding}).
 */
public final class WorkingLifeCentre implements Serializable {
    private static final long serialVersionUID = 1L;

    int basicTrainings;
    int extendedTrainings;
    int followUpContacts;
    /** This week's targeted contacts by mentor id (a value of one mentor phase, not state). */
    private transient boolean[] targeted;

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
     * Rule: follow-up contact. A mentor with mentees is due for a contact every
     * {@code followUpIntervalWeeks} weeks: on its own cycle, from the week of its first mentee
     * ({@code own}), or on the first model's cycle ({@code shared}, {@link #due}).
     * With {@code equal} targeting the due mentors get the contacts; with {@code targeted} the
     * same number of contacts this week ({@link #planFollowUp}) goes to the most strained mentors
     * with mentees. A contact happens if follow-up is offered and funded on this occasion; it adds
     * {@code followUpLearning} competence. Returns the strain relief to apply to the mentor.
     */
    double followUp(InclusionModel model, int mentorId) {
        TrainingParameters t = model.parameters().training();
        MentorTable table = model.mentors;
        if (!t.followUp() || table.menteeCount(mentorId) == 0) {
            return 0.0;
        }
        boolean due = t.followUpTargeting() == FollowUpTargeting.TARGETED
                ? targeted != null && mentorId < targeted.length && targeted[mentorId]
                : due(t, model.week(), table.followUpAnchorWeek.get(mentorId), table.randomKey.get(mentorId));
        if (!due || !ProjectFunding.carriedOut(model, ProjectFunding.Activity.FOLLOW_UP, table.randomKey.get(mentorId))) {
            return 0.0;
        }
        followUpContacts++;
        model.weekTally.followUpContacts++;
        table.setCompetence(mentorId, Math.min(1.0, table.competence(mentorId) + t.followUpLearning()));
        return t.followUpStrainRelief();
    }

    /**
     * Whether a mentor whose cycle started in {@code anchorWeek} (-1: starts this week) is due in
     * {@code week}. The shared cycle is the first model's: its phase is the mentor's recruitment
     * ordinal at its workplace ({@code key}'s low bits), so the first mentors of all workplaces
     * share one cycle.
     */
    static boolean due(TrainingParameters t, int week, int anchorWeek, long key) {
        int interval = t.followUpIntervalWeeks();
        if (t.followUpCycle() == FollowUpCycle.SHARED) {
            return (week + Math.floorMod(key, interval)) % interval == 0;
        }
        return anchorWeek < 0 || (week - anchorWeek) % interval == 0;
    }

    /**
     * Rule: targeted follow-up, planned at the start of the mentor phase. The week's contacts are
     * as many as equal follow-up would make (mentors with mentees whose cycle is due); they go to
     * the mentors with mentees with the highest strain at the start of the week, ties by id.
     * Does nothing unless targeting is {@code targeted}.
     */
    void planFollowUp(InclusionModel model) {
        TrainingParameters t = model.parameters().training();
        if (!t.followUp() || t.followUpTargeting() != FollowUpTargeting.TARGETED) {
            return;
        }
        MentorTable table = model.mentors;
        int n = table.size();
        if (targeted == null || targeted.length < n) {
            targeted = new boolean[Math.max(64, 2 * n)];
        } else {
            java.util.Arrays.fill(targeted, 0, n, false);
        }
        List<Integer> candidates = new ArrayList<>();
        int budget = 0;
        for (int id = 0; id < n; id++) {
            if (table.isEngaged(id) && table.isMentoring(id) && table.menteeCount(id) > 0) {
                candidates.add(id);
                if (due(t, model.week(), table.followUpAnchorWeek.get(id), table.randomKey.get(id))) {
                    budget++;
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer id) -> -table.strain(id)).thenComparingInt(id -> id));
        for (int k = 0; k < budget; k++) {
            targeted[candidates.get(k)] = true;
        }
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
