package org.inclusim.observe;

import java.util.Arrays;
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
        double adviserHours) {

    public static final List<String> COLUMNS = List.of(
            "week", "referred", "seeking", "in_placement", "employed", "out_of_work", "exited",
            "mentor_pool", "mentors_active", "mentors_on_leave", "mean_strain",
            "recruits", "recruit_refusals", "quits", "burnouts", "returns_from_leave",
            "network_meetings", "follow_up_contacts", "mentor_trainings_basic", "mentor_trainings_extended",
            "adviser_caseload_mean", "adviser_caseload_max", "close_cases",
            "mentor_hours", "adviser_hours");

    public List<Object> cells() {
        return Arrays.asList(week, referred, seeking, inPlacement, employed, outOfWork, exited,
                mentorPool, mentorsActive, mentorsOnLeave, meanStrain,
                recruits, recruitRefusals, quits, burnouts, returnsFromLeave,
                networkMeetings, followUpContacts, mentorTrainingsBasic, mentorTrainingsExtended,
                adviserCaseloadMean, adviserCaseloadMax, closeCases,
                mentorHours, adviserHours);
    }

    /** Users in the measure or out of it: the sum of all stage counts. */
    public int usersTotal() {
        return referred + seeking + inPlacement + employed + outOfWork + exited;
    }
}
