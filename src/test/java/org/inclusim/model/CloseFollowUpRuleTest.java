package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Close follow-up with a duration (ODD 7.2): a programme ends after its weeks, a policy change to
 * fewer slots returns the longest-close cases to standard follow-up, and a returned case is not
 * made close again while it lasts; natural mentor support is counted on both sides.
 */
class CloseFollowUpRuleTest {
    private static InclusionModel stepped(Parameters p, int weeks) {
        InclusionModel model = new InclusionModel(99, p);
        model.start();
        for (int w = 0; w < weeks; w++) {
            model.schedule.step(model);
        }
        return model;
    }

    @Test
    void aPolicyWithFewerSlotsReturnsTheLongestCloseCasesFirstAndNeverPromotesThemAgain() {
        Parameters p = Parameters.defaults().with("users.initialCaseload", 60).with("advisers.closeCasesPerAdviser", 3);
        InclusionModel model = stepped(p, 30);
        AdviserTable advisers = model.advisers;
        int[] youngestSince = new int[advisers.size()];
        List<Integer> closeBefore = new ArrayList<>();
        for (int a = 0; a < advisers.size(); a++) {
            youngestSince[a] = -1;
            for (int k = 0; k < advisers.closeCases(a); k++) {
                youngestSince[a] = Math.max(youngestSince[a], advisers.closeSince.get(a, k));
                closeBefore.add(advisers.closeUsers.get(a, k));
            }
        }
        model.setParameters(p.with("advisers.closeCasesPerAdviser", 1));
        for (int a = 0; a < advisers.size(); a++) {
            assertTrue(advisers.closeCases(a) <= 1, "adviser " + a + " keeps at most one close case");
            if (advisers.closeCases(a) == 1) {
                assertEquals(youngestSince[a], advisers.closeSince.get(a, 0), "the case close for the shortest time stays close");
            }
        }
        List<Integer> returned = closeBefore.stream().filter(u -> !model.users.close(u)).toList();
        assertFalse(returned.isEmpty(), "some cases returned to standard follow-up");
        model.setParameters(p.with("advisers.closeCasesPerAdviser", 1000));
        for (int w = 0; w < 20; w++) {
            model.schedule.step(model);
        }
        returned.stream().filter(u -> model.users.adviser.get(u) >= 0 && model.users.caseStartWeek.get(u) == 0)
                .forEach(u -> assertFalse(model.users.close(u), "not made close again within the same case: " + u));
    }

    /**
     * The project's end takes slots away through the same demotion as a policy change: with
     * prioritised time falling to a third at once (no decay, no turnover), three slots become one
     * and the case close for the shortest time stays close.
     */
    @Test
    void theProjectsEndReturnsTheLongestCloseCasesFirstToo() {
        Parameters p = Parameters.defaults().with("users.initialCaseload", 60).with("advisers.closeCasesPerAdviser", 3)
                .with("advisers.turnoverPerYear", 0.0).with("project.endWeek", 30).with("project.decayWeeks", 0.0)
                .with("project.prioritisedTimeAfterEnd", 1.0 / 3);
        InclusionModel model = stepped(p, 30);
        AdviserTable advisers = model.advisers;
        int[] youngestSince = new int[advisers.size()];
        boolean anyAboveOne = false;
        for (int a = 0; a < advisers.size(); a++) {
            youngestSince[a] = -1;
            anyAboveOne |= advisers.closeCases(a) > 1;
            for (int k = 0; k < advisers.closeCases(a); k++) {
                youngestSince[a] = Math.max(youngestSince[a], advisers.closeSince.get(a, k));
            }
        }
        assertTrue(anyAboveOne, "some adviser has more than one close case before the end");
        model.schedule.step(model);
        assertEquals(1, ProjectEndRule.closeSlots(model));
        for (int a = 0; a < advisers.size(); a++) {
            assertTrue(advisers.closeCases(a) <= 1, "adviser " + a + " keeps at most one close case");
            if (advisers.closeCases(a) == 1 && youngestSince[a] >= 0) {
                assertTrue(advisers.closeSince.get(a, 0) >= youngestSince[a], "the case close for the shortest time stays close");
            }
        }
        assertEquals(p.project().networkFacilitationAfterEnd(), ProjectFunding.level(model, ProjectFunding.Activity.NETWORK),
                "network facilitation after the end is at its own after-end level");
    }

    @Test
    void aCloseProgrammeEndsAfterItsWeeks() {
        int weeks = 20;
        InclusionModel model = stepped(Parameters.defaults().with("users.initialCaseload", 60)
                .with("advisers.closeProgrammeWeeks", weeks), 60);
        AdviserTable advisers = model.advisers;
        for (int a = 0; a < advisers.size(); a++) {
            for (int k = 0; k < advisers.closeCases(a); k++) {
                assertTrue(model.week() - advisers.closeSince.get(a, k) < weeks, "no close case outlives its programme");
            }
        }
        assertTrue(model.views().totalTally().closeProgrammeEnds() > 0, "programmes ended");
    }

    @Test
    void naturalSupportIsCountedOnBothSides() {
        InclusionModel model = stepped(Parameters.defaults().with("users.initialCaseload", 200).with("workplaces.count", 200)
                .with("mentors.subsidisedWeeks", 4), 104);
        int natural = 0;
        for (int m = 0; m < model.mentors.size(); m++) {
            natural += model.mentors.naturalMentees.get(m);
        }
        int users = 0;
        for (int u = 0; u < model.users.size(); u++) {
            users += model.users.naturalMentor.get(u) >= 0 ? 1 : 0;
        }
        assertTrue(natural > 0, "some employed users have natural support");
        assertEquals(users, natural);
    }
}
