package org.inclusim.observe;

import org.inclusim.model.Adviser;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.WeekTally;

/** Reads a model after a week has been stepped and returns that week's row. Never writes. */
public final class WeeklyObserver {
    private WeeklyObserver() {
    }

    public static WeeklyRow observe(InclusionModel model) {
        int active = 0;
        int onLeave = 0;
        double strain = 0;
        for (Mentor m : model.mentorsInRole()) {
            if (m.state() == MentorState.ACTIVE) {
                active++;
                strain += m.strain();
            } else if (m.state() == MentorState.ON_LEAVE) {
                onLeave++;
            }
        }
        int caseloadSum = 0;
        int caseloadMax = 0;
        int closeCases = 0;
        for (Adviser a : model.advisers()) {
            caseloadSum += a.caseload().size();
            caseloadMax = Math.max(caseloadMax, a.caseload().size());
            closeCases += a.closeCases();
        }
        WeekTally t = model.weekTally();
        return new WeeklyRow(model.week(),
                model.stageCount(Stage.REFERRED), model.stageCount(Stage.SEEKING),
                model.stageCount(Stage.IN_PLACEMENT), model.stageCount(Stage.EMPLOYED),
                model.stageCount(Stage.OUT_OF_WORK), model.stageCount(Stage.EXITED),
                active + onLeave, active, onLeave, active == 0 ? 0.0 : strain / active,
                t.recruits(), t.recruitRefusals(), t.quits(), t.burnouts(), t.returnsFromLeave(),
                t.networkMeetings(), t.followUpContacts(),
                model.advisers().isEmpty() ? 0.0 : (double) caseloadSum / model.advisers().size(),
                caseloadMax, closeCases, t.mentorHours(), t.adviserHours());
    }
}
