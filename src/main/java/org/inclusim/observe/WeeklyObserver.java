package org.inclusim.observe;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.Adviser;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.WeekTally;

/**
 * Reads a model after a week has been stepped and returns that week's row. Never writes. Mean
 * strain is over the mentors mentoring (active or stepped back) in that week's mentor phase,
 * after their strain update.
 */
public final class WeeklyObserver {
    private WeeklyObserver() {
    }

    public static WeeklyRow observe(InclusionModel model) {
        int active = model.mentorCount(MentorState.ACTIVE);
        int steppedBack = model.mentorCount(MentorState.STEPPED_BACK);
        int onLeave = model.mentorCount(MentorState.ON_LEAVE);
        WeekTally t = model.weekTally();
        return new WeeklyRow(model.week(),
                model.stageCount(Stage.REFERRED), model.stageCount(Stage.SEEKING),
                model.stageCount(Stage.IN_PLACEMENT), model.stageCount(Stage.EMPLOYED),
                model.stageCount(Stage.OUT_OF_WORK), model.stageCount(Stage.DISABILITY_BENEFIT),
                model.stageCount(Stage.AAP), model.stageCount(Stage.EDUCATION), model.stageCount(Stage.WORK_WITHOUT_NAV),
                model.stageCount(Stage.OTHER), t.reReferrals(),
                active + steppedBack + onLeave, active, steppedBack, onLeave,
                t.strainObservations() == 0 ? 0.0 : t.strainSum() / t.strainObservations(),
                t.recruits(), t.recruitRefusals(), t.quits(), t.burnouts(), t.returnsFromLeave(),
                t.networkMeetings(), t.followUpContacts(), t.basicTrainings(), t.extendedTrainings(),
                model.advisers().isEmpty() ? 0.0 : (double) model.caseloadTotal() / model.advisers().size(),
                model.caseloadLargest(), model.closeCasesTotal(), t.mentorHours(), t.adviserHours(),
                t.hiresAfterPlacement(), t.hiresEarly(), t.hiresDirect(), t.hiresClose(), t.subsidisedHires(), t.jobChanges(), t.jobHours(),
                t.subsidyWeeksFirst(), t.subsidyWeeksLater(), t.subsidisedMentorHours(),
                t.adviserHoursClose(), t.adviserHoursEmployerContact(), t.adviserHoursCoWorking(), t.adviserHoursStandard(),
                t.adviserHoursUnmet(), t.closeProgrammeEnds(), meanCompetence(model), t.adviserTurnovers(),
                t.stepBacks(), t.shortLeaves(), t.severeLeaves(), t.departures(), t.networkInvited(), t.networkAttendees(),
                model.worksOnBenefitCount(), byGroup(model));
    }

    private static double meanCompetence(InclusionModel model) {
        double sum = 0;
        for (Adviser a : model.advisers()) {
            sum += a.competence();
        }
        return model.advisers().isEmpty() ? 0.0 : sum / model.advisers().size();
    }

    /** Each user group's users by stage and working beside disability benefit; empty without groups. */
    static List<GroupWeek> byGroup(InclusionModel model) {
        if (model.parameters().groups().isEmpty()) {
            return List.of();
        }
        List<GroupWeek> out = new ArrayList<>(model.groupNames().size());
        for (int g = 0; g < model.groupNames().size(); g++) {
            int[] counts = new int[Stage.values().length];
            for (Stage s : Stage.values()) {
                counts[s.ordinal()] = model.stageCount(g, s);
            }
            out.add(new GroupWeek(model.groupNames().get(g), counts, model.worksOnBenefitCount(g)));
        }
        return out;
    }
}
