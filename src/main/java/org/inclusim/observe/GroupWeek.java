package org.inclusim.observe;

import java.util.Arrays;
import java.util.List;
import org.inclusim.model.Stage;

/**
 * The users of one user group by stage at the end of a week: the cells of that group's row of
 * weekly.csv (the stage columns, named by {@link Stage#label()}; the other columns of a group row
 * are empty, the {@code all} row has them).
 *
 * @param stageCounts users by stage, indexed by {@link Stage#ordinal()}
 */
public record GroupWeek(String group, int[] stageCounts) {
    /** The columns of weekly.csv that group rows fill besides the week: one per stage, in stage order. */
    public static final List<String> COLUMNS = Arrays.stream(Stage.values()).map(Stage::label).toList();

    public GroupWeek {
        stageCounts = stageCounts.clone();
    }

    @Override
    public int[] stageCounts() {
        return stageCounts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupWeek g && g.group.equals(group) && Arrays.equals(g.stageCounts, stageCounts);
    }

    @Override
    public int hashCode() {
        return 31 * group.hashCode() + Arrays.hashCode(stageCounts);
    }

    @Override
    public String toString() {
        return group + " " + Arrays.toString(stageCounts);
    }
}
