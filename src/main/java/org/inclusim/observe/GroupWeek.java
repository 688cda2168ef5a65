package org.inclusim.observe;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inclusim.model.Stage;

/**
 * The users of one user group at the end of a week: the cells of that group's row of weekly.csv
 * (the stage columns, named by {@link Stage#label()}, and {@code disability_with_work}; the other
 * columns of a group row are empty, the {@code all} row has them).
 *
 * @param stageCounts users by stage, indexed by {@link Stage#ordinal()}
 * @param disabilityWithWork users on disability benefit who work beside it (also counted in its stage)
 */
public record GroupWeek(String group, int[] stageCounts, int disabilityWithWork) {
    /** The columns of weekly.csv that group rows fill besides the week: one per stage in stage order, then disability_with_work. */
    public static final List<String> COLUMNS = Stream.concat(Arrays.stream(Stage.values()).map(Stage::label),
            Stream.of("disability_with_work")).toList();

    public GroupWeek {
        stageCounts = stageCounts.clone();
    }

    @Override
    public int[] stageCounts() {
        return stageCounts.clone();
    }

    /** The counts of {@link #COLUMNS}, in that order. */
    public int[] counts() {
        int[] out = Arrays.copyOf(stageCounts, stageCounts.length + 1);
        out[stageCounts.length] = disabilityWithWork;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupWeek g && g.group.equals(group) && Arrays.equals(g.stageCounts, stageCounts)
                && g.disabilityWithWork == disabilityWithWork;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * group.hashCode() + Arrays.hashCode(stageCounts)) + disabilityWithWork;
    }

    @Override
    public String toString() {
        return group + " " + Arrays.toString(stageCounts) + " with work " + disabilityWithWork;
    }
}
