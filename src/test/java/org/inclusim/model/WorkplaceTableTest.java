package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tables a placement probe reads: workplaces' mentors by id, and mentors' packed occupancy. */
class WorkplaceTableTest {
    private final MentorTable mentors = new MentorTable();
    private final WorkplaceTable workplaces = new WorkplaceTable();

    @Test
    void mentorsKeepRecruitmentOrderWhenOneLeavesTheRole() {
        int w = workplaces.add(40, 3, 0);
        int other = workplaces.add(5, 1, 0);
        for (int k = 0; k < 3; k++) {
            workplaces.addMentor(w, mentors.add(k, 0, 0, 1, 1));
        }
        workplaces.addMentor(other, mentors.add(9, 0, 0, 1, 1));
        assertThrows(IllegalStateException.class, () -> workplaces.addMentor(w, 7), "no more than maxMentors in role");

        workplaces.removeMentor(w, 1);
        assertEquals(2, workplaces.mentorCount(w));
        assertEquals(0, workplaces.mentorId(w, 0));
        assertEquals(2, workplaces.mentorId(w, 1));
        assertEquals(3, workplaces.mentorId(other, 0), "the neighbouring workplace's slots are untouched");
        assertEquals(40, workplaces.employees(w));
        assertEquals(3, workplaces.maxMentors(w));
        assertThrows(IllegalStateException.class, () -> workplaces.removeMentor(w, 1));
    }

    @Test
    void availableMentorHasTheLowestLoadTiesByRecruitmentOrderAndSkipsInactiveOrFull() {
        int w = workplaces.add(100, 4, 0);
        int ordinary = mentors.add(1, 0, 0, 1, 1);
        int superA = mentors.add(2, 0, 0, 3, 3);
        int superB = mentors.add(3, 0, 0, 3, 3);
        for (int m : new int[] {ordinary, superA, superB}) {
            workplaces.addMentor(w, m);
        }
        assertEquals(ordinary, workplaces.availableMentor(w, mentors), "all at load 0: the first recruited");

        mentors.addMentee(ordinary, 10);
        assertFalse(mentors.hasRoom(ordinary));
        assertEquals(superA, workplaces.availableMentor(w, mentors));

        mentors.addMentee(superA, 11);
        assertEquals(superB, workplaces.availableMentor(w, mentors), "1/3 loaded loses to 0/3");

        mentors.setState(superB, MentorState.ON_LEAVE);
        assertFalse(mentors.hasRoom(superB), "a mentor on leave has no room");
        assertEquals(3, mentors.capacity(superB), "leave keeps the capacity");
        assertEquals(superA, workplaces.availableMentor(w, mentors));

        mentors.addMentee(superA, 12);
        mentors.addMentee(superA, 13);
        assertEquals(3, mentors.menteeCount(superA));
        assertEquals(-1, workplaces.availableMentor(w, mentors), "everyone full or away");

        mentors.setState(superB, MentorState.ACTIVE);
        mentors.removeMentee(superA, 12);
        assertTrue(mentors.hasRoom(superA));
        assertEquals(2, mentors.menteeCount(superA));
        assertEquals(superB, workplaces.availableMentor(w, mentors), "back from leave with no mentees: lowest load");
    }

    @Test
    void occupancyRefusesWhatItCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> mentors.add(1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> mentors.add(1, 0, 0, 1 << 15, 1 << 15));
        int full = mentors.add(2, 0, 0, (1 << 15) - 1, (1 << 15) - 1);
        assertEquals((1 << 15) - 1, mentors.capacity(full), "the largest capacity fits its bits");
        int one = mentors.add(3, 0, 0, 1, 1);
        mentors.addMentee(one, 20);
        assertThrows(IllegalStateException.class, () -> mentors.addMentee(one, 21), "no mentee beyond capacity");
        assertEquals(1, mentors.menteeCount(one));
    }
}
