package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.model.parameters.DestinationParameters;
import org.inclusim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The draws left out because their outcome is certain ({@link MentorExitRule#strikes},
 * {@link DestinationRule#canLeave}) are left out only where the draw could not have changed the
 * outcome: each rule gives, for every key, what comparing the draw would have given.
 */
class CertainDrawsTest {
    private static final RandomStreams RANDOM = new RandomStreams(20161001L);

    @Test
    void theStrainEventStrikesExactlyWhenTheDrawWouldHaveBeenBelowTheHazard() {
        double[] hazards = {0.0, -0.0, 1e-300, 0.05, 0.5, Math.nextDown(1.0), 1.0, Double.NaN};
        for (double h : hazards) {
            for (long key = 0; key < 2000; key++) {
                for (int week = 0; week < 3; week++) {
                    boolean drawn = !(RANDOM.uniform(Purpose.STRAIN_EVENT, key, week) >= h);
                    assertEquals(drawn, MentorExitRule.strikes(h, RANDOM, key, week), "hazard " + h + ", key " + key);
                }
            }
        }
    }

    @Test
    void aUserWhoCannotLeaveStaysWhateverTheDrawAndOneRateSufficesToLeave() {
        Parameters p = Parameters.defaults();
        String[] rates = {"disabilityPerWeek", "aapPerWeek", "educationPerWeek", "workWithoutNavPerWeek", "otherPerWeek"};
        for (String rate : rates) {
            p = p.with("destinations." + rate, 0.0);
        }
        DestinationParameters none = p.destinations();
        assertFalse(DestinationRule.canLeave(none));
        UserTable users = new UserTable();
        int id = users.add(0, 0, 0.7, 0.2);
        users.employability.set(id, 0.0);
        users.disabilityFactor.set(id, Double.POSITIVE_INFINITY);  // an infinite factor: hazards of 0 x infinity, NaN
        DestinationRule.DurationFactors durations = new DestinationRule.DurationFactors(none).upTo(10);
        for (double u : new double[] {0.0, Double.MIN_VALUE, 1e-9, 0.5, Math.nextDown(1.0)}) {
            assertNull(DestinationRule.destination(none, durations, users, id, 3.0, 5, u), "draw " + u);
        }
        for (String rate : rates) {
            assertTrue(DestinationRule.canLeave(p.with("destinations." + rate, 1e-6).destinations()), rate);
        }
    }
}
