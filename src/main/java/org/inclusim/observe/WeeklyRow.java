package org.inclusim.observe;

import java.util.List;

/** The state of one run at the end of one week: a row of weekly.csv (without the run key). */
public record WeeklyRow(
        int week,
        int referred,
        int seeking,
        int inPlacement,
        int employed,
        int outOfWork,
        int exited,
        int mentorPool,
        int mentorsActive,
        int mentorsOnLeave,
        double meanStrain,
        int recruits,
        int recruitRefusals,
        int quits,
        int burnouts,
        int returnsFromLeave,
        int networkMeetings,
        int followUpContacts,
        int mentorTrainingsBasic,
        int mentorTrainingsExtended,
        double adviserCaseloadMean,
        int adviserCaseloadMax,
        int closeCases,
        double mentorHours,
        double adviserHours,
        int hiresAfterPlacement,
        int hiresEarly,
        int hiresDirect,
        int hiresClose,
        int subsidisedHires,
        int jobChanges,
        double jobHours,
        int wageSubsidyWeeksFirstYear,
        int wageSubsidyWeeksLater,
        double subsidisedMentorHours,
        double adviserHoursClose,
        double adviserHoursEmployerContact,
        double adviserHoursCoWorking,
        double adviserHoursStandard,
        double adviserHoursUnmet,
        int closeProgrammeEnds) implements Row {

    /** The columns of weekly.csv after the run key: the components, by {@link RowSchema}'s rule. */
    public static final List<String> COLUMNS = RowSchema.of(WeeklyRow.class).names();

    /** Users in the measure or out of it: the sum of all stage counts. */
    public int usersTotal() {
        return referred + seeking + inPlacement + employed + outOfWork + exited;
    }
}
