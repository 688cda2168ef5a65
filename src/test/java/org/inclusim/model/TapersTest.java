package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** The tabulated support tapers give exactly the formulas' values, inside the table, beyond it and after it grows. */
class TapersTest {
    private static void assertSameBits(Parameters p, Tapers tapers, int week) {
        assertEquals(Double.doubleToRawLongBits(SupportRule.mentorEffort(p.mentors(), week)),
                Double.doubleToRawLongBits(tapers.mentorEffort(week)), "mentor effort, week " + week);
        for (boolean close : new boolean[] {true, false}) {
            assertEquals(Double.doubleToRawLongBits(SupportRule.followAlong(p.advisers(), close, week)),
                    Double.doubleToRawLongBits(tapers.followAlong(close, week)), "follow-along, close " + close + ", week " + week);
        }
    }

    @Test
    void lookupsAreTheFormulasBitForBit() {
        Parameters p = Parameters.defaults().with("mentors.taperWeeks", 37.0).with("advisers.followAlongTaperWeeks", 23.0);
        Tapers tapers = new Tapers(p.mentors(), p.advisers()).upTo(10);
        for (int week = -3; week < 40; week++) {
            assertSameBits(p, tapers, week);
        }
        tapers.upTo(300);
        for (int week = 0; week < 700; week++) {
            assertSameBits(p, tapers, week);
        }
        assertTrue(tapers.mentorEffort(5) < 1.0 && tapers.followAlong(false, 5) < 1.0, "the tapers taper");
    }

    @Test
    void withoutATaperSupportIsFull() {
        Parameters p = Parameters.defaults().with("mentors.taperWeeks", 0.0).with("advisers.followAlongTaperWeeks", 0.0);
        Tapers tapers = new Tapers(p.mentors(), p.advisers()).upTo(52);
        assertEquals(1.0, tapers.mentorEffort(30));
        assertEquals(1.0, tapers.followAlong(false, 30));
    }

    @Test
    void tablesBelongToTheirParameters() {
        Parameters p = Parameters.defaults();
        Parameters other = p.with("mentors.taperWeeks", 11.0);
        Tapers tapers = new Tapers(p.mentors(), p.advisers());
        assertTrue(tapers.isFor(p.mentors(), p.advisers()));
        assertFalse(tapers.isFor(other.mentors(), other.advisers()));
    }
}
