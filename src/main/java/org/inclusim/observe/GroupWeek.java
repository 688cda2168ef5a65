package org.inclusim.observe;

/**
 * The users of one user group by stage at the end of a week: the cells of that group's row of
 * weekly.csv (the other columns of a group row are empty; the {@code all} row has them).
 */
public record GroupWeek(String group, int referred, int seeking, int inPlacement, int employed, int outOfWork, int exited) {
    /** The stage columns of weekly.csv that group rows fill, in the order of this record. */
    public static final java.util.List<String> COLUMNS =
            java.util.List.of("referred", "seeking", "in_placement", "employed", "out_of_work", "exited");

    int[] counts() {
        return new int[] {referred, seeking, inPlacement, employed, outOfWork, exited};
    }
}
