package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The advisers' state by id: caseloads in intake order, close cases and their start weeks, totals. */
class AdviserTableTest {
    @Test
    void closeCasesKeepTheirStartWeeksWhenTheStrideWidens() {
        AdviserTable table = new AdviserTable();
        int a = table.add(false, 0.2);
        int b = table.add(true, 0.9);
        for (int week = 0; week < 9; week++) {
            table.closeSince.add(a, week * 5);
        }
        table.closeSince.add(b, 30);
        assertEquals(9, table.closeCases(a), "more close cases than the first stride holds");
        assertEquals(2, table.closeCasesYoungerThan(a, 13, 45), "started in weeks 35 and 40");
        table.closeSince.removeSwapping(a, table.closeSince.indexOf(a, 40));
        assertEquals(8, table.closeCases(a));
        assertEquals(1, table.closeCasesYoungerThan(a, 13, 45));
        assertEquals(0, table.closeCasesYoungerThan(a, 13, 48), "week 35 is 13 weeks back");
        assertEquals(1, table.closeCasesYoungerThan(b, 13, 40), "the other adviser's slots are untouched");
        assertEquals(9, table.closeCasesTotal());
        assertThrows(IllegalStateException.class, () -> table.closeSince.indexOf(b, 31), "no close case started then");
    }

    @Test
    void caseloadsKeepIntakeOrderAcrossGrowthAndRemoval() {
        AdviserTable table = new AdviserTable();
        for (int id = 0; id < 20; id++) {
            table.add(id < 5, id / 20.0);
        }
        for (int user = 0; user < 40; user++) {
            table.caseload.add(3, user);
        }
        table.caseload.add(7, 100);
        table.caseload.add(7, 101);
        table.caseload.removeKeepingOrder(3, 0);
        table.caseload.removeKeepingOrder(3, 20);
        assertEquals(38, table.caseloadSize(3));
        assertEquals(1, table.caseload.get(3, 0));
        assertEquals(21, table.caseload.get(3, 19), "later cases moved up one, in order");
        assertEquals(101, table.caseload.get(7, 1), "the other adviser's cases are untouched");
        assertEquals(40, table.caseloadTotal());
        assertEquals(38, table.caseloadLargest());
    }

    @Test
    void hoursCompetenceAndFlagsByAdviserSurviveGrowth() {
        AdviserTable table = new AdviserTable();
        for (int id = 0; id < 40; id++) {
            table.add(id < 5, id / 40.0);
        }
        table.hoursTotal.add(39, 1.5);
        table.hoursTotal.add(39, 2.0);
        table.coWorkingWeeks.add(39, 1);
        table.competence.set(39, 1.0);
        assertEquals(3.5, table.hoursTotal.get(39));
        assertEquals(1, table.coWorkingWeeks.get(39));
        assertEquals(1.0, table.competence.get(39));
        assertEquals(0.5, table.competence.get(20), "set at the start and kept across growth");
        assertEquals(true, table.experiencedAtStart.isSet(4));
        assertEquals(false, table.experiencedAtStart.isSet(5));
    }
}
