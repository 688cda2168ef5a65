package org.inclusim.scenario;

import java.util.Locale;

/**
 * A direction the scenario expects, as data: the mean of {@code outcome} (a runs.csv column) is
 * {@code direction} in {@code variant} than in {@code comparison}, at the given design points
 * (0 without a design), among all users or, with {@code group}, among one user group's (its
 * runs.csv rows; null = the {@code all} rows). Written in a scenario's {@code claims} block, e.g.
 * {@code {outcome: ever_employed_share, variant: none, comparison: baseline, direction: lower}};
 * checked for names by {@code validate} and against the model by a test.
 */
public record Claim(String outcome, String variant, int point, String comparison, int comparisonPoint, Direction direction,
                    String group) {

    /** Whether the variant's mean is above or below the comparison's. */
    public enum Direction {
        HIGHER, LOWER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** +1 for higher, -1 for lower. */
        public int sign() {
            return this == HIGHER ? 1 : -1;
        }
    }

    /** One line, e.g. {@code ever_employed_share is lower in none than in baseline}. */
    @Override
    public String toString() {
        return outcome + (group == null ? "" : " of " + group) + " is " + direction.key() + " in " + variant + (point == 0 && comparisonPoint == 0 ? "" : " (point " + point + ")")
                + " than in " + comparison + (point == 0 && comparisonPoint == 0 ? "" : " (point " + comparisonPoint + ")");
    }
}
