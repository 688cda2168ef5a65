package org.inclusim.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inclusim.model.GroupTally;
import org.inclusim.model.Stage;

/**
 * The users of one user group in one week: the cells of that group's row of weekly.csv that can
 * be counted by group ({@link #COLUMNS}): the users by stage at the end of the week (named by
 * {@link Stage#label()}), {@code disability_with_work}, and what happened to the group's users
 * during the week (re-referrals, hires by route, job changes, job hours, subsidised job-weeks and their hours,
 * close programmes ended) and the group's cases in close follow-up at the end of the week. The
 * other columns of a group row (mentors, advisers' caseloads, hours and competence) belong to the
 * run and are empty; the {@code all} row has them.
 *
 * @param values the values of {@link #COLUMNS}, in that order
 */
public record GroupWeek(String group, List<Number> values) {
    /** The columns of weekly.csv that group rows fill besides the week, in the order of {@link #values()}. */
    public static final List<String> COLUMNS = Stream.concat(Arrays.stream(Stage.values()).map(Stage::label),
            Stream.of("disability_with_work", "re_referrals", "hires_after_placement", "hires_early", "hires_direct",
                    "hires_close", "subsidised_hires", "job_changes", "job_hours", "wage_subsidy_weeks_first_year",
                    "wage_subsidy_weeks_later", "wage_subsidy_hours_first_year", "wage_subsidy_hours_later", "close_programme_ends", "close_cases")).toList();

    public GroupWeek {
        values = List.copyOf(values);
        if (values.size() != COLUMNS.size()) {
            throw new IllegalArgumentException(values.size() + " values for the " + COLUMNS.size() + " columns " + COLUMNS);
        }
    }

    /**
     * A group's week.
     *
     * @param stageCounts        the group's users by stage, indexed by {@link Stage#ordinal()}
     * @param disabilityWithWork the group's users on disability benefit who work beside it (also in their stage)
     * @param tally              the week's counters of the group's users (read now, not kept)
     * @param closeCases         the group's users in close follow-up at the end of the week
     */
    public static GroupWeek of(String group, int[] stageCounts, int disabilityWithWork, GroupTally tally, int closeCases) {
        List<Number> values = new ArrayList<>(COLUMNS.size());
        for (int count : stageCounts) {
            values.add(count);
        }
        values.add(disabilityWithWork);
        values.add(tally.reReferrals());
        values.add(tally.hiresAfterPlacement());
        values.add(tally.hiresEarly());
        values.add(tally.hiresDirect());
        values.add(tally.hiresClose());
        values.add(tally.subsidisedHires());
        values.add(tally.jobChanges());
        values.add(tally.jobHours());
        values.add(tally.subsidyWeeksFirst());
        values.add(tally.subsidyWeeksLater());
        values.add(tally.subsidyHoursFirst());
        values.add(tally.subsidyHoursLater());
        values.add(tally.closeProgrammeEnds());
        values.add(closeCases);
        return new GroupWeek(group, values);
    }

    /** The value of column {@code column} (one of {@link #COLUMNS}). */
    public Number value(String column) {
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column + " is not counted by group; group columns: " + COLUMNS);
        }
        return values.get(i);
    }
}
