package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.DestinationParameters;
import org.inclusim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The draws left out because their outcome is certain ({@link MentorExitRule#strikes},
 * {@link DestinationRule#canLeave}) are left out only where the draw could not have changed the
 * outcome: each rule gives, for every key, what comparing the draw would have given. Through the
 * model, on the calibrated baseline (five times its office): the destination rule's skipped scan
 * still brings users back from AAP, education and work without NAV when nobody can leave, a return
 * rate of 0 brings nobody back, and an early-hire rate of 0 hires nobody early while the
 * baseline's rate does.
 */
class CertainDrawsTest {
    private static final RandomStreams RANDOM = new RandomStreams(20161001L);
    private static final String[] LEAVING_RATES = {"disabilityPerWeek", "aapPerWeek", "educationPerWeek",
        "workWithoutNavPerWeek", "otherPerWeek"};
    /** Weeks run before and after a policy change: long enough for users to reach the returning stages. */
    private static final int WEEKS = 52;
    private static final int REPLICATES = 6;
    /** The baseline office's size times this, so that a few users are in each returning stage at the change. */
    private static final int SCALE = 5;

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
        Parameters p = noLeaving(Parameters.defaults());
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
        for (String rate : LEAVING_RATES) {
            assertTrue(DestinationRule.canLeave(p.with("destinations." + rate, 1e-6).destinations()), rate);
        }
    }

    /**
     * The calibrated baseline for {@link #WEEKS} weeks, then every leaving rate set to 0 (the return
     * rates kept, the AAP return rate 0 in the second case) for {@link #WEEKS} more: the users already
     * in AAP, education or work without NAV are still referred again, though no group can leave and
     * the rule skips its scan when nobody is there to return; nobody leaves the measure; with the AAP
     * return rate 0 too nobody comes back from AAP, where the same runs (identical up to the change:
     * common random numbers) brought some back at the baseline's. Fails if the scan is skipped
     * whenever no group can leave, or if a return rate's check is inverted.
     */
    @Test
    void usersStillReturnWhenNobodyCanLeaveAndNobodyReturnsAtARateOfZero() {
        Parameters base = CalibratedBaseline.scaled(SCALE);
        Parameters noLeaving = noLeaving(base);
        List<Transition> after = runWithChange(base, noLeaving);
        Predicate<Transition> fromAap = t -> t.cause() == Cause.RE_REFERRAL && t.from() == Stage.AAP;
        long returns = count(after, t -> t.cause() == Cause.RE_REFERRAL);
        long returnsFromAap = count(after, fromAap);
        assertTrue(returns > 0 && returnsFromAap > 0,
                "re-referrals after every leaving rate set to 0: " + returns + ", from AAP " + returnsFromAap);
        assertEquals(0, count(after, t -> t.cause() == Cause.LEFT_MEASURE), "nobody leaves at leaving rates 0");
        List<Transition> noAapReturn = runWithChange(base, noLeaving.with("destinations.aapReturnPerWeek", 0.0));
        assertEquals(0, count(noAapReturn, fromAap),
                "no return from AAP at its return rate 0 (the same runs up to the change)");
    }

    /**
     * Over {@link #WEEKS} weeks of the calibrated baseline: an early-hire rate of 0 gives no early
     * hire, the baseline's rate gives some. Fails if the early-hire rate's check is inverted.
     */
    @Test
    void noEarlyHireAtARateOfZeroAndSomeAtTheBaselinesRate() {
        Parameters base = CalibratedBaseline.scaled(SCALE);
        assertTrue(base.placement().earlyHireRatePerWeek() > 0.0, "the baseline hires early");
        Predicate<Transition> early = t -> t.route() == Route.EARLY_HIRE;
        long atZero = count(runWithChange(base.with("placement.earlyHireRatePerWeek", 0.0), null), early);
        long atBaseline = count(runWithChange(base, null), early);
        assertEquals(0, atZero, "early hires at rate 0");
        assertTrue(atBaseline > 0, "early hires at the baseline's rate: " + atBaseline);
    }

    private static Parameters noLeaving(Parameters p) {
        for (String rate : LEAVING_RATES) {
            p = p.with("destinations." + rate, 0.0);
        }
        return p;
    }

    /**
     * The transitions of {@link #REPLICATES} runs of {@code start}: all {@link #WEEKS} weeks' if
     * {@code change} is null, else those of the {@link #WEEKS} weeks after the parameters change to
     * {@code change} (after a precondition: users are in AAP, education or work without NAV then).
     */
    private static List<Transition> runWithChange(Parameters start, Parameters change) {
        List<Transition> kept = new ArrayList<>();
        for (int r = 0; r < REPLICATES; r++) {
            InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, r), start);
            List<Transition> events = new ArrayList<>();
            m.setTransitionListener(events::add);
            m.start();
            for (int w = 0; w < WEEKS; w++) {
                m.schedule.step(m);
            }
            if (change != null) {
                int returning = m.stageCounts[Stage.AAP.ordinal()] + m.stageCounts[Stage.EDUCATION.ordinal()]
                        + m.stageCounts[Stage.WORK_WITHOUT_NAV.ordinal()];
                assertTrue(returning > 0, "users in AAP, education or work without NAV at the change, replicate " + r);
                events.clear();
                m.setParameters(change);
                for (int w = 0; w < WEEKS; w++) {
                    m.schedule.step(m);
                }
            }
            kept.addAll(events);
        }
        return kept;
    }

    private static long count(List<Transition> events, Predicate<Transition> which) {
        return events.stream().filter(which).count();
    }
}
