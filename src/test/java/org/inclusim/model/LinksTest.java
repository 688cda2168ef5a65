package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Links change both sides of a link together, and support ends with the last helper. */
class LinksTest {
    private final UserTable users = new UserTable();
    private final MentorTable mentors = new MentorTable();
    private final WorkplaceTable workplaces = new WorkplaceTable();
    private final AdviserTable advisers = new AdviserTable();
    private final NetworkTable networks = new NetworkTable();
    private final Links links = new Links(users, mentors, workplaces, advisers, networks);

    @Test
    void adviserAndCloseFollowUpChangeOnBothSides() {
        int adviser = advisers.add(true, 0.8);
        int u = users.add(0, 0, 0.5, 0.2);
        int v = users.add(0, 0, 0.5, 0.2);
        links.assignAdviser(u, adviser, 3);
        links.assignAdviser(v, adviser, 4);
        links.startClose(u, 5);
        assertEquals(adviser, users.adviser.get(u));
        assertEquals(3, users.caseStartWeek.get(u));
        assertEquals(2, advisers.caseloadSize(adviser));
        assertTrue(users.close(u));
        assertEquals(1, advisers.closeCases(adviser));
        assertEquals(1, advisers.closeCasesYoungerThan(adviser, 13, 10), "the close case started in week 5");

        users.support.set(u, 0.4);
        assertEquals(adviser, links.releaseAdviser(u), "a close case freed the adviser's slot");
        assertEquals(-1, users.adviser.get(u));
        assertFalse(users.close(u), "the case is standard again");
        assertEquals(0, advisers.closeCases(adviser));
        assertEquals(1, advisers.caseloadSize(adviser));
        assertEquals(v, advisers.caseload.get(adviser, 0));
        assertEquals(0.0, users.support.get(u), "no helper left: no support");
        assertEquals(-1, links.releaseAdviser(v), "a standard case frees no close slot");
        assertEquals(-1, links.releaseAdviser(v), "releasing twice changes nothing");
    }

    @Test
    void aMenteeMovesBetweenMentorsAndLeavesTheWorkplace() {
        int adviser = advisers.add(false, 0.3);
        int w = workplaces.add(30, 2, 0);
        int m1 = mentors.add(1, w, 0, 2, 2);
        int m2 = mentors.add(2, w, 0, 1, 1);
        links.joinWorkplace(m1);
        links.joinWorkplace(m2);
        int u = users.add(0, 0, 0.5, 0.2);
        links.assignAdviser(u, adviser, 0);
        links.startPlacement(u, w, m1);
        assertEquals(w, users.workplace.get(u));
        assertEquals(m1, users.mentor.get(u));
        assertEquals(1, mentors.menteeCount(m1));
        assertTrue(mentors.isEngaged(m1));

        links.transferMentee(u, m2);
        assertEquals(m2, users.mentor.get(u));
        assertEquals(0, mentors.menteeCount(m1));
        assertEquals(u, mentors.mentee(m2, 0));
        assertEquals(1, mentors.menteesTotal.get(m1));
        assertEquals(1, mentors.menteesTotal.get(m2));

        users.support.set(u, 0.4);
        links.leaveWorkplace(u);
        assertEquals(-1, users.workplace.get(u));
        assertEquals(-1, users.mentor.get(u));
        assertEquals(0, mentors.menteeCount(m2));
        assertEquals(0.4, users.support.get(u), "the adviser still helps: support stays until recomputed");
    }

    @Test
    void aMentorLeavingTheRoleLeavesItsWorkplaceAndNetwork() {
        int w = workplaces.add(30, 3, 0);
        int network = networks.add();
        int[] m = new int[3];
        for (int k = 0; k < 3; k++) {
            m[k] = mentors.add(k, w, 0, 1, 1);
            links.joinWorkplace(m[k]);
            links.joinNetwork(m[k], network);
        }
        links.leaveRole(m[1]);
        assertEquals(2, workplaces.mentorCount(w));
        assertEquals(m[2], workplaces.mentorId(w, 1), "the others keep their order");
        assertEquals(2, networks.members.length(network));
        assertEquals(m[2], networks.members.get(network, 1));
        assertEquals(network, mentors.network.get(m[1]), "the mentor's own record of its group stays");
        assertEquals(w, mentors.workplace.get(m[1]));
    }
}
