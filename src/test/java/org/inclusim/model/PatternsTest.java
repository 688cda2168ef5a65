package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.RunOutcomes;
import org.junit.jupiter.api.Test;

/**
 * Golden checks: the defaults reproduce the broad published patterns that are inputs to their
 * values (docs/ODD.md, section 1), within the stated tolerances. These guard the defaults
 * against accidental change; calibration proper is separate work.
 */
class PatternsTest {
    static final int REPLICATES = 30;
    static final Parameters BASE = Scaling.scale(Parameters.defaults(), 3);

    /** Cook & Burke-Miller 2015: 59 % quits, 17 % fired, 14 % temporary ended, 10 % laid off; tolerance 10 points. */
    @Test
    void jobLossCausesFollowThePublishedMix() {
        double quit = 0;
        double fired = 0;
        double temporary = 0;
        double laidOff = 0;
        for (RunOutcomes o : Replicates.run(BASE, REPLICATES, 260)) {
            quit += o.jobLossQuit();
            fired += o.jobLossFired();
            temporary += o.jobLossTemporaryEnded();
            laidOff += o.jobLossLaidOff();
        }
        double total = quit + fired + temporary + laidOff;
        assertTrue(total > 1000, "enough job endings to judge: " + total);
        assertEquals(0.59, quit / total, 0.10, "quits");
        assertEquals(0.17, fired / total, 0.10, "fired");
        assertEquals(0.14, temporary / total, 0.10, "temporary ended");
        assertEquals(0.10, laidOff / total, 0.10, "laid off");
    }

    /**
     * AFI: the willing and successful mentor is asked again and again and wears out. With equal
     * traits (no drawn super-mentors), the mentors the system made super-mentors (three or more
     * mentees hired) have more than twice their share of the burnouts.
     */
    @Test
    void burnoutConcentratesInTheMentorsAskedAgainAndAgain() {
        int superMentors = 0;
        int mentors = 0;
        int superBurnouts = 0;
        int burnouts = 0;
        for (int r = 0; r < REPLICATES; r++) {
            for (Mentor m : Replicates.model(BASE, r, 260).mentors()) {
                assertFalse(m.superMentor(), "no drawn super-mentors at the defaults");
                mentors++;
                burnouts += m.burnoutEpisodes();
                if (m.successes() >= 3) {
                    superMentors++;
                    superBurnouts += m.burnoutEpisodes();
                }
            }
        }
        double poolShare = (double) superMentors / mentors;
        double burnoutShare = (double) superBurnouts / burnouts;
        assertTrue(burnouts > 50, "burnout happens at the defaults: " + burnouts);
        assertTrue(burnoutShare > 2 * poolShare, "super-mentors made by reuse are " + poolShare + " of mentors but have "
                + burnoutShare + " of burnouts");
    }

    /** AFI cohort: 36 of 49 users employed; IPS literature: about half to two thirds ever employed. */
    @Test
    void mostButNotAllUsersEverGetAJob() {
        double ever = 0;
        for (RunOutcomes o : Replicates.run(BASE, REPLICATES, 260)) {
            ever += o.everEmployedShare();
        }
        ever /= REPLICATES;
        assertTrue(ever > 0.45 && ever < 0.85, "ever employed " + ever);
    }
}
