package org.inclusim.observe;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.Adviser;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.Views;
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
        Views view = model.views();
        int active = view.mentorCount(MentorState.ACTIVE);
        int steppedBack = view.mentorCount(MentorState.STEPPED_BACK);
        int onLeave = view.mentorCount(MentorState.ON_LEAVE);
        WeekTally t = view.weekTally();
        return new WeeklyRow(model.week(),
                view.stageCount(Stage.REFERRED), view.stageCount(Stage.SEEKING),
                view.stageCount(Stage.IN_PLACEMENT), view.stageCount(Stage.EMPLOYED),
                view.stageCount(Stage.OUT_OF_WORK), view.stageCount(Stage.DISABILITY_BENEFIT),
                view.stageCount(Stage.AAP), view.stageCount(Stage.EDUCATION), view.stageCount(Stage.WORK_WITHOUT_NAV),
                view.stageCount(Stage.OTHER), t.reReferrals(),
                active + steppedBack + onLeave, active, steppedBack, onLeave,
                t.strainObservations() == 0 ? 0.0 : t.strainSum() / t.strainObservations(),
                t.recruits(), t.recruitRefusals(), t.quits(), t.burnouts(), t.returnsFromLeave(),
                t.networkMeetings(), t.followUpContacts(), t.basicTrainings(), t.extendedTrainings(),
                view.advisers().isEmpty() ? 0.0 : (double) view.caseloadTotal() / view.advisers().size(),
                view.caseloadLargest(), view.closeCasesTotal(), t.mentorHours(), t.adviserHours(),
                t.hiresAfterPlacement(), t.hiresEarly(), t.hiresDirect(), t.hiresClose(), t.subsidisedHires(), t.jobChanges(), t.jobHours(),
                t.subsidyWeeksFirst(), t.subsidyWeeksLater(), t.subsidyHoursFirst(), t.subsidyHoursLater(),
                t.subsidisedMentorHours(),
                t.adviserHoursClose(), t.adviserHoursEmployerContact(), t.adviserHoursCoWorking(), t.adviserHoursStandard(),
                t.adviserHoursUnmet(), t.closeProgrammeEnds(), meanCompetence(view), t.adviserTurnovers(),
                t.stepBacks(), t.shortLeaves(), t.severeLeaves(), t.departures(), t.networkInvited(), t.networkAttendees(),
                view.worksOnBenefitCount(), byGroup(model));
    }

    private static double meanCompetence(Views view) {
        double sum = 0;
        for (Adviser a : view.advisers()) {
            sum += a.competence();
        }
        return view.advisers().isEmpty() ? 0.0 : sum / view.advisers().size();
    }

    /** Each user group's week (users by stage, working beside disability benefit, the week's counters, close cases); empty without groups. */
    static List<GroupWeek> byGroup(InclusionModel model) {
        if (model.parameters().groups().isEmpty()) {
            return List.of();
        }
        Views view = model.views();
        List<GroupWeek> out = new ArrayList<>(view.groupNames().size());
        for (int g = 0; g < view.groupNames().size(); g++) {
            int[] counts = new int[Stage.values().length];
            for (Stage s : Stage.values()) {
                counts[s.ordinal()] = view.stageCount(g, s);
            }
            out.add(GroupWeek.of(view.groupNames().get(g), counts, view.worksOnBenefitCount(g), view.weekTally().group(g),
                    view.closeCases(g)));
        }
        return out;
    }
}
