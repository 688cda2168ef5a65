package org.inclusim.observe;

import java.util.List;

/**
 * The state of one run at the end of one week: the {@code all} row of weekly.csv (without the run
 * key and the group); {@code byGroup} holds each user group's counts (empty without groups).
 */
public record WeeklyRow(
        int week,
        int referred,
        int seeking,
        int inPlacement,
        int employed,
        int outOfWork,
        int disabilityBenefit,
        int aap,
        int education,
        int workWithoutNav,
        int other,
        int reReferrals,
        int mentorPool,
        int mentorsActive,
        int mentorsSteppedBack,
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
        double wageSubsidyHoursFirstYear,
        double wageSubsidyHoursLater,
        double subsidisedMentorHours,
        double adviserHoursClose,
        double adviserHoursEmployerContact,
        double adviserHoursCoWorking,
        double adviserHoursStandard,
        double adviserHoursUnmet,
        int closeProgrammeEnds,
        double adviserCompetenceMean,
        int adviserTurnovers,
        int stepBacks,
        int sickLeavesShort,
        int sickLeavesSevere,
        int mentorsLeft,
        int networkInvited,
        int networkAttendees,
        int disabilityWithWork,
        @NotAColumn List<GroupWeek> byGroup) implements Row {

    /** The columns of weekly.csv after the run key: the components, by {@link RowSchema}'s rule. */
    public static final List<String> COLUMNS = RowSchema.of(WeeklyRow.class).names();

    public WeeklyRow {
        byGroup = List.copyOf(byGroup);
    }

    /**
     * The cells of user group {@code g}'s row, after the run key and the group: the week, the
     * group's values in {@link GroupWeek#COLUMNS}, empty cells for the columns that belong to
     * the run (mentors, advisers).
     */
    public List<Object> groupCells(GroupWeek g) {
        Object[] cells = new Object[COLUMNS.size()];
        cells[0] = week;
        for (int i = 0; i < GroupWeek.COLUMNS.size(); i++) {
            cells[COLUMNS.indexOf(GroupWeek.COLUMNS.get(i))] = g.values().get(i);
        }
        return java.util.Arrays.asList(cells);
    }

    /** Users in the measure or out of it: the sum of all stage counts. */
    public int usersTotal() {
        return referred + seeking + inPlacement + employed + outOfWork + leftMeasure();
    }

    /** Users in a destination outside the measure. */
    public int leftMeasure() {
        return disabilityBenefit + aap + education + workWithoutNav + other;
    }
}
