package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.SearchParameters;
import org.junit.jupiter.api.Test;

/** Duration dependence that levels off (docs/ODD.md 7.5.1): D = exp(-decline x min(weeks, T)), T = 0 never levelling off. */
class DurationDependenceRuleTest {
    private static final double DECLINE = 0.0633571701145055;

    private static SearchParameters search(double decline, int until) {
        return Parameters.defaults().with("search.durationDeclinePerWeek", decline)
                .with("search.durationDeclineUntilWeeks", until).search();
    }

    @Test
    void untilZeroIsExactlyTheUnboundedDecline() {
        SearchParameters s = search(DECLINE, 0);
        for (int weeks = 0; weeks <= 520; weeks++) {
            assertEquals(Math.exp(-DECLINE * weeks), DurationDependenceRule.factor(s, weeks), 0.0, "week " + weeks);
        }
        assertTrue(DurationDependenceRule.factor(s, 156) < 1e-4, "the unbounded form keeps falling: " + DurationDependenceRule.factor(s, 156));
    }

    @Test
    void followsTheDeclineUpToTheCapAndStaysThereAfter() {
        SearchParameters capped = search(DECLINE, 35);
        SearchParameters unbounded = search(DECLINE, 0);
        for (int weeks = 0; weeks <= 35; weeks++) {
            assertEquals(DurationDependenceRule.factor(unbounded, weeks), DurationDependenceRule.factor(capped, weeks), 0.0, "week " + weeks);
        }
        double atCap = Math.exp(-DECLINE * 35);
        for (int weeks = 35; weeks <= 520; weeks++) {
            assertEquals(atCap, DurationDependenceRule.factor(capped, weeks), 0.0, "week " + weeks);
        }
        assertTrue(DurationDependenceRule.factor(capped, 36) > DurationDependenceRule.factor(unbounded, 36));
    }

    @Test
    void noDeclineIsOneWhateverTheCap() {
        for (int until : new int[] {0, 1, 35, 520}) {
            SearchParameters s = search(0.0, until);
            for (int weeks : new int[] {0, 1, 34, 35, 36, 104, 520}) {
                assertEquals(1.0, DurationDependenceRule.factor(s, weeks), 0.0);
            }
        }
    }

    @Test
    void aCapOfOneWeekHoldsTheFactorAtOneWeeksDecline() {
        SearchParameters s = search(DECLINE, 1);
        assertEquals(1.0, DurationDependenceRule.factor(s, 0), 0.0);
        assertEquals(Math.exp(-DECLINE), DurationDependenceRule.factor(s, 1), 0.0);
        assertEquals(Math.exp(-DECLINE), DurationDependenceRule.factor(s, 300), 0.0);
    }
}
