package org.inclusim.observe;

import java.util.List;

/**
 * The outcomes of one run at its horizon: the outcome columns of runs.csv. Shares are in [0, 1];
 * a value that is not defined for the run (no eligible job spells, no sustained job) is NaN and
 * written as an empty cell. Definitions: docs/data-dictionary.md.
 */
public record RunOutcomes(
        int horizonWeeks,
        int usersTotal,
        int employedAtHorizon,
        double employmentShareHorizon,
        double everEmployedShare,
        double retention_26w,
        double retention_52w,
        double retention_104w,
        double meanWeeksToFirstJob,
        double placementsPerUser,
        int hires,
        int jobLossQuit,
        int jobLossFired,
        int jobLossTemporaryEnded,
        int jobLossLaidOff,
        int mentorsEver,
        int mentorPoolStart,
        int mentorPoolEnd,
        int recruits,
        int recruitRefusals,
        int mentorsQuit,
        int burnoutEpisodes,
        double mentorYears,
        double burnoutPer_100MentorYears,
        double mentorsEverBurntOutShare,
        double meanStrain,
        double top10StrainShare,
        double adviserHours,
        double mentorHours,
        int sustainedJobs,
        int hiresDirect,
        int hiresEarly,
        double directHireShare,
        int hiresClose,
        int subsidisedHires,
        int jobChanges,
        int closeProgrammeEnds,
        double adviserHoursUnmet,
        double longHoursShareHorizon,
        double disabilityBenefitShareHorizon,
        double aapShareHorizon,
        double educationShareHorizon,
        double workWithoutNavShareHorizon,
        double otherShareHorizon,
        int reReferrals,
        int adviserTurnovers,
        int strainStepBacks,
        int sickLeavesShort,
        int sickLeavesSevere,
        int mentorsLeft,
        double menteeWeeksTop10Share,
        double menteeWeeksGini,
        double burnoutsTop10LoadShare,
        double networkAttendanceShare,
        double disabilityWithWorkShareHorizon) implements Row {

    /** The outcome columns of runs.csv: the components, by {@link RowSchema}'s rule. */
    public static final List<String> COLUMNS = RowSchema.of(RunOutcomes.class).names();
}
