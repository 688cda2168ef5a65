package org.inclusim.model;

/**
 * Every adviser's state, by adviser id: the only home of the advisers' fields, which
 * {@link Adviser} views read. The adviser phase, the intake's search for a caseload with room
 * and the weekly observer stream it in id order.
 *
 * <p>The caseload is the user ids in order of intake; the close cases are user ids with the week
 * each started, in two lists kept index by index (in no particular order): the adviser's side
 * of the user-adviser link and of close follow-up, whose user side is in {@link UserTable}. Both
 * sides change only through {@link Links}.
 */
final class AdviserTable extends Table {
    private static final long serialVersionUID = 2L;

    final ByteColumn experiencedAtStart = column(new ByteColumn());
    /** Job-specialist competence in [0, 1]. */
    final DoubleColumn competence = column(new DoubleColumn());
    /** User ids in order of intake ({@link Links}). */
    final IdListColumn caseload = column(new IdListColumn(16));
    /** The current close cases' user ids ({@link Links}). */
    final IdListColumn closeUsers = column(new IdListColumn(4));
    /** The week each close case of {@link #closeUsers} started, at the same index ({@link Links}). */
    final IdListColumn closeSince = column(new IdListColumn(4));
    final DoubleColumn hoursTotal = column(new DoubleColumn());
    /** Share of the close cases' needed hours the adviser's time covered last week, in [0, 1] (1 at start). */
    final DoubleColumn closeCoverage = column(new DoubleColumn());
    /** Share of the standard cases' needed hours covered last week, in [0, 1] (1 at start). */
    final DoubleColumn standardCoverage = column(new DoubleColumn());
    /** Hours of co-working this week, as learner or as experienced colleague (set by the adviser phase). */
    final DoubleColumn coWorkingHours = column(new DoubleColumn());
    /** Weeks spent co-working alongside an experienced colleague. */
    final IntColumn coWorkingWeeks = column(new IntColumn());

    AdviserTable() {
        super(16);
    }

    /** Adds an adviser with no cases; returns its id (ids are consecutive from 0). */
    int add(boolean experienced, double initialCompetence) {
        int id = addRow();
        experiencedAtStart.set(id, experienced);
        competence.set(id, initialCompetence);
        closeCoverage.set(id, 1.0);
        standardCoverage.set(id, 1.0);
        return id;
    }

    int caseloadSize(int id) {
        return caseload.length(id);
    }

    int closeCases(int id) {
        return closeSince.length(id);
    }

    /** Close cases that are seeking work (they cost employer contact hours). */
    int closeCasesSeeking(int id, UserTable users) {
        byte seeking = UserTable.code(Stage.SEEKING);
        int n = 0;
        for (int k = 0, end = closeUsers.length(id); k < end; k++) {
            if (users.stage.get(closeUsers.get(id, k)) == seeking) {
                n++;
            }
        }
        return n;
    }

    /** Close cases that started less than {@code weeks} weeks before {@code week}. */
    int closeCasesYoungerThan(int id, int weeks, int week) {
        int n = 0;
        for (int k = 0, end = closeSince.length(id); k < end; k++) {
            if (week - closeSince.get(id, k) < weeks) {
                n++;
            }
        }
        return n;
    }

    /** Sum of the caseloads. */
    int caseloadTotal() {
        int sum = 0;
        for (int id = 0, n = size(); id < n; id++) {
            sum += caseload.length(id);
        }
        return sum;
    }

    /** Largest caseload (0 without advisers). */
    int caseloadLargest() {
        int max = 0;
        for (int id = 0, n = size(); id < n; id++) {
            max = Math.max(max, caseload.length(id));
        }
        return max;
    }

    /** Close cases over all advisers. */
    int closeCasesTotal() {
        int sum = 0;
        for (int id = 0, n = size(); id < n; id++) {
            sum += closeSince.length(id);
        }
        return sum;
    }

    /** Cases in close follow-up over all advisers whose user is in user group {@code group}. */
    int closeCasesOfGroup(int group, UserTable users) {
        int sum = 0;
        for (int id = 0, n = size(); id < n; id++) {
            for (int k = 0, end = closeUsers.length(id); k < end; k++) {
                if (users.group.get(closeUsers.get(id, k)) == group) {
                    sum++;
                }
            }
        }
        return sum;
    }
}
