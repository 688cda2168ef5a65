package org.inclusim.observe;

import java.util.Arrays;
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
        double retention26w,
        double retention52w,
        double retention104w,
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
        double burnoutPer100MentorYears,
        double mentorsEverBurntOutShare,
        double meanStrain,
        double top10StrainShare,
        double adviserHours,
        double mentorHours,
        int sustainedJobs) {

    public static final List<String> COLUMNS = List.of(
            "horizon_weeks", "users_total", "employed_at_horizon", "employment_share_horizon",
            "ever_employed_share", "retention_26w", "retention_52w", "retention_104w",
            "mean_weeks_to_first_job", "placements_per_user", "hires",
            "job_loss_quit", "job_loss_fired", "job_loss_temporary_ended", "job_loss_laid_off",
            "mentors_ever", "mentor_pool_start", "mentor_pool_end", "recruits", "recruit_refusals", "mentors_quit",
            "burnout_episodes", "mentor_years", "burnout_per_100_mentor_years",
            "mentors_ever_burnt_out_share", "mean_strain", "top10_strain_share",
            "adviser_hours", "mentor_hours", "sustained_jobs");

    public List<Object> cells() {
        return Arrays.asList(horizonWeeks, usersTotal, employedAtHorizon, employmentShareHorizon,
                everEmployedShare, retention26w, retention52w, retention104w,
                meanWeeksToFirstJob, placementsPerUser, hires,
                jobLossQuit, jobLossFired, jobLossTemporaryEnded, jobLossLaidOff,
                mentorsEver, mentorPoolStart, mentorPoolEnd, recruits, recruitRefusals, mentorsQuit,
                burnoutEpisodes, mentorYears, burnoutPer100MentorYears,
                mentorsEverBurntOutShare, meanStrain, top10StrainShare,
                adviserHours, mentorHours, sustainedJobs);
    }
}
