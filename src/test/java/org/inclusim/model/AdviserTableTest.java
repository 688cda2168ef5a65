package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The advisers' weekly state by id: close cases and their start weeks, caseloads and totals. */
class AdviserTableTest {
    @Test
    void closeCasesKeepTheirStartWeeksWhenTheStrideWidens() {
        AdviserTable table = new AdviserTable();
        int a = table.add(0.2);
        int b = table.add(0.9);
        for (int week = 0; week < 9; week++) {
            table.startClose(a, week * 5);
        }
        table.startClose(b, 30);
        assertEquals(9, table.closeCases(a), "more close cases than the first stride holds");
        assertEquals(2, table.closeCasesYoungerThan(a, 13, 45), "started in weeks 35 and 40");
        table.endClose(a, 40);
        assertEquals(8, table.closeCases(a));
        assertEquals(1, table.closeCasesYoungerThan(a, 13, 45));
        assertEquals(0, table.closeCasesYoungerThan(a, 13, 48), "week 35 is 13 weeks back");
        assertEquals(1, table.closeCasesYoungerThan(b, 13, 40), "the other adviser's slots are untouched");
        assertEquals(9, table.closeCasesTotal());
    }

    @Test
    void caseloadsHoursAndCompetenceByAdviser() {
        AdviserTable table = new AdviserTable();
        for (int id = 0; id < 20; id++) {
            table.add(id / 20.0);
        }
        table.changeCaseload(3, 5);
        table.changeCaseload(7, 2);
        table.changeCaseload(3, -1);
        assertEquals(6, table.caseloadTotal());
        assertEquals(4, table.caseloadLargest());
        table.addHours(19, 1.5);
        table.addHours(19, 2.0);
        table.addCoWorkingWeek(19);
        table.setCompetence(19, 1.0);
        assertEquals(3.5, table.hoursTotal(19));
        assertEquals(1, table.coWorkingWeeks(19));
        assertEquals(1.0, table.competence(19));
        assertEquals(0.5, table.competence(10), "set at the start and kept across growth");
    }
}
