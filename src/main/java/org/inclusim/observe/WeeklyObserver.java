package org.inclusim.observe;

import org.inclusim.model.InclusionModel;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.WeekTally;

/**
 * Reads a model after a week has been stepped and returns that week's row. Never writes. Mean
 * strain is over the mentors active in that week's mentor phase, after their strain update.
 */
public final class WeeklyObserver {
    private WeeklyObserver() {
    }

    public static WeeklyRow observe(InclusionModel model) {
        int active = model.mentorCount(MentorState.ACTIVE);
        int onLeave = model.mentorCount(MentorState.ON_LEAVE);
        WeekTally t = model.weekTally();
        return new WeeklyRow(model.week(),
                model.stageCount(Stage.REFERRED), model.stageCount(Stage.SEEKING),
                model.stageCount(Stage.IN_PLACEMENT), model.stageCount(Stage.EMPLOYED),
                model.stageCount(Stage.OUT_OF_WORK), model.stageCount(Stage.EXITED),
                active + onLeave, active, onLeave,
                t.strainObservations() == 0 ? 0.0 : t.strainSum() / t.strainObservations(),
                t.recruits(), t.recruitRefusals(), t.quits(), t.burnouts(), t.returnsFromLeave(),
                t.networkMeetings(), t.followUpContacts(), t.basicTrainings(), t.extendedTrainings(),
                model.advisers().isEmpty() ? 0.0 : (double) model.caseloadTotal() / model.advisers().size(),
                model.caseloadLargest(), model.closeCasesTotal(), t.mentorHours(), t.adviserHours(),
                t.hiresAfterPlacement(), t.hiresEarly(), t.hiresDirect(), t.hiresClose(), t.subsidisedHires(), t.jobChanges(), t.jobHours(),
                t.subsidyWeeksFirst(), t.subsidyWeeksLater(), t.subsidisedMentorHours(),
                t.adviserHoursClose(), t.adviserHoursEmployerContact(), t.adviserHoursCoWorking(), t.adviserHoursStandard(),
                t.adviserHoursUnmet(), t.closeProgrammeEnds());
    }
}
