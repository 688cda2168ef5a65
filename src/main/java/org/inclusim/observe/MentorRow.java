package org.inclusim.observe;

import java.util.List;
import org.inclusim.model.Mentor;

/** One mentor at the end of a run: a row of mentors.csv (without the run key). */
public record MentorRow(
        int mentorId,
        int workplaceId,
        int recruitedWeek,
        boolean superMentor,
        double dedication,
        int capacity,
        String training,
        Integer networkId,
        double competenceEnd,
        int menteesTotal,
        double peakStrain,
        double cumulativeStrain,
        int burnoutEpisodes,
        Integer quitWeek,
        String stateEnd,
        double hoursTotal,
        int menteeWeeks,
        int menteesHired,
        int stepBacks,
        int sickLeavesShort,
        int sickLeavesSevere,
        Integer leftWeek,
        double attendancePropensity) implements Row {

    /** The columns of mentors.csv after the run key: the components, by {@link RowSchema}'s rule. */
    public static final List<String> COLUMNS = RowSchema.of(MentorRow.class).names();

    public static MentorRow of(Mentor m) {
        return new MentorRow(m.id(), m.workplace().id(), m.recruitedWeek(), m.superMentor(),
                m.dedication(), m.capacity(), m.training().name().toLowerCase(java.util.Locale.ROOT),
                m.network() == null ? null : m.network().id(), m.competence(), m.menteesTotal(),
                m.peakStrain(), m.cumulativeStrain(), m.burnoutEpisodes(),
                m.quitWeek() < 0 ? null : m.quitWeek(), m.state().label(), m.hoursTotal(),
                m.menteeWeeks(), m.successes(), m.stepBacks(), m.shortLeaves(), m.severeLeaves(),
                m.leftWeek() < 0 ? null : m.leftWeek(), m.attendancePropensity());
    }
}
