package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.CalibratedPairs.Paired;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;

/**
 * Work beside disability benefit (graded uføretrygd; docs/ODD.md 7.5b, DisabilityWorkRule), on
 * the calibrated baseline at three times the office size ({@link CalibratedPairs#BASE}).
 */
class DisabilityWorkRuleTest {
    private static final Parameters BASE = CalibratedPairs.BASE;
    /** The neutral setting (ODD 7.5b): nobody works beside the benefit at the grant or starts later. */
    private static final Parameters NEUTRAL = BASE.with("destinations.disabilityWorkAtGrant", 0.0)
            .with("destinations.disabilityWorkStartPerWeek", 0.0);

    /** A run's events and weekly rows, checking after every week that the flag lives only on users on the benefit. */
    private record Trace(List<Transition> events, List<WeeklyRow> rows, List<int[]> atRisk) {
    }

    private static Trace trace(Parameters p, int replicate, int weeks) {
        List<Transition> events = new ArrayList<>();
        List<WeeklyRow> rows = new ArrayList<>();
        List<int[]> atRisk = new ArrayList<>();
        InclusionModel model = new InclusionModel(Seeds.forReplicate(Replicates.SEED, replicate), p);
        model.setTransitionListener(events::add);
        model.start();
        for (int w = 0; w < weeks; w++) {
            int[] risk = new int[2];
            for (User u : model.views().users()) {
                if (u.stage() == Stage.DISABILITY_BENEFIT) {
                    risk[u.worksOnBenefit() ? 1 : 0]++;
                }
            }
            atRisk.add(risk);
            model.schedule.step(model);
            int working = 0;
            for (User u : model.views().users()) {
                if (u.worksOnBenefit()) {
                    assertEquals(Stage.DISABILITY_BENEFIT, u.stage(), "only a user on disability benefit works beside it");
                    working++;
                }
            }
            assertEquals(working, model.views().worksOnBenefitCount(), "the count of users working beside the benefit");
            assertEquals(onBenefitInIdOrder(model), listed(model.users), "the rule's list: every user on the benefit, in id order");
            rows.add(WeeklyObserver.observe(model));
        }
        return new Trace(events, rows, atRisk);
    }

    private static List<Integer> onBenefitInIdOrder(InclusionModel model) {
        List<Integer> ids = new ArrayList<>();
        for (User u : model.views().users()) {
            if (u.stage() == Stage.DISABILITY_BENEFIT) {
                ids.add(u.id());
            }
        }
        return ids;
    }

    private static List<Integer> listed(UserTable users) {
        List<Integer> ids = new ArrayList<>();
        for (int k = 0; k < users.onBenefitSize(); k++) {
            ids.add(users.onBenefitAt(k));
        }
        return ids;
    }

    /** The shipped defaults are the evidence's values (ODD 7.5b): 27 % work at the grant, 4 % a year start, about 20 % a year stop. */
    @Test
    void theShippedDefaultsAreTheEvidenceValues() {
        assertEquals(0.27, BASE.destinations().disabilityWorkAtGrant());
        assertEquals(0.001, BASE.destinations().disabilityWorkStartPerWeek());
        assertEquals(0.004, BASE.destinations().disabilityWorkEndPerWeek());
    }

    private static boolean benefitWork(Transition t) {
        return t.cause() == Cause.BENEFIT_WORK_STARTED || t.cause() == Cause.BENEFIT_WORK_ENDED;
    }

    @Test
    void theNeutralSettingTakesNoDrawAndNobodyWorksBesideTheBenefit() {
        Trace neutral = trace(NEUTRAL, 0, 260);
        assertTrue(neutral.events().stream().noneMatch(DisabilityWorkRuleTest::benefitWork), "no work beside the benefit");
        assertTrue(neutral.rows().stream().allMatch(r -> r.disabilityWithWork() == 0));
        assertTrue(neutral.events().stream().anyMatch(t -> t.to() == Stage.DISABILITY_BENEFIT), "users do reach the benefit");
        // the stop rate acts only on someone working: any value leaves the run as it was, draw for draw
        Trace otherStop = trace(NEUTRAL.with("destinations.disabilityWorkEndPerWeek", 0.5), 0, 260);
        assertEquals(neutral.events(), otherStop.events());
        assertEquals(neutral.rows(), otherStop.rows());
    }

    /** The rule as a two-state chain: the grant, the starts and the stops each happen at their own probability. */
    @Test
    void grantsStartsAndStopsFollowTheirProbabilities() {
        double a = 0.3;
        double s = 0.02;
        double q = 0.05;
        // five times the calibrated hazard of the benefit, for enough grants to count
        Parameters p = BASE.with("destinations.disabilityWorkAtGrant", a).with("destinations.disabilityWorkStartPerWeek", s)
                .with("destinations.disabilityWorkEndPerWeek", q)
                .with("destinations.disabilityPerWeek", 5 * BASE.destinations().disabilityPerWeek());
        int grants = 0, grantsWorking = 0, starts = 0, stops = 0; // events
        long riskStart = 0, riskStop = 0; // user-weeks on the benefit, not working and working
        for (int replicate = 0; replicate < 3; replicate++) {
            Trace t = trace(p, replicate, 260);
            Map<Integer, Boolean> working = new HashMap<>();
            int e = 0;
            for (int w = 0; w < t.rows().size(); w++) {
                riskStart += t.atRisk().get(w)[0];
                riskStop += t.atRisk().get(w)[1];
                Map<Integer, Integer> grantedThisWeek = new HashMap<>();
                for (; e < t.events().size() && t.events().get(e).week() == w; e++) {
                    Transition x = t.events().get(e);
                    if (x.cause() == Cause.LEFT_MEASURE && x.to() == Stage.DISABILITY_BENEFIT) {
                        grants++;
                        grantedThisWeek.put(x.userId(), w);
                    } else if (x.cause() == Cause.BENEFIT_WORK_STARTED) {
                        assertFalse(working.getOrDefault(x.userId(), false), "a start only when not working: " + x);
                        working.put(x.userId(), true);
                        if (grantedThisWeek.containsKey(x.userId())) {
                            grantsWorking++;
                        } else {
                            starts++;
                        }
                    } else if (x.cause() == Cause.BENEFIT_WORK_ENDED) {
                        assertTrue(working.getOrDefault(x.userId(), false), "a stop only when working: " + x);
                        assertFalse(grantedThisWeek.containsKey(x.userId()), "no stop in the week of the grant");
                        working.put(x.userId(), false);
                        stops++;
                    }
                    if (benefitWork(x)) {
                        assertEquals(Stage.DISABILITY_BENEFIT, x.from());
                        assertEquals(Stage.DISABILITY_BENEFIT, x.to());
                    }
                }
                long replayed = working.values().stream().filter(Boolean::booleanValue).count();
                assertEquals(replayed, t.rows().get(w).disabilityWithWork(), "weekly count matches the events in week " + w);
            }
        }
        assertWithinFourSe("share working at the grant", grantsWorking, grants, a);
        assertWithinFourSe("weekly start rate", starts, riskStart, s);
        assertWithinFourSe("weekly stop rate", stops, riskStop, q);
    }

    private static void assertWithinFourSe(String what, long events, long trials, double p) {
        assertTrue(trials > 200, what + ": too few trials, " + trials);
        double se = Math.sqrt(p * (1 - p) / trials);
        double observed = (double) events / trials;
        assertTrue(Math.abs(observed - p) <= 4 * se, String.format(java.util.Locale.ROOT,
                "%s: %d of %d = %.4f, expected %.4f +/- %.4f", what, events, trials, observed, p, 4 * se));
    }

    /**
     * Direction, paired with common random numbers (30 pairs, 260 weeks): at the shipped values
     * (the evidence's) against the neutral setting, the share in work of any kind at five years
     * (employed + work without NAV + working beside disability benefit) rises with t >= 3, and the
     * share on disability benefit does not fall (mean paired difference >= 0): work beside the
     * benefit adds work without taking anyone off it.
     */
    @Test
    void workBesideTheBenefitRaisesTheShareInWorkAndKeepsTheShareOnIt() {
        RunOutcomes[] neutral = Replicates.run(NEUTRAL, CalibratedPairs.PAIRS, CalibratedPairs.WEEKS);
        RunOutcomes[] graded = Replicates.run(BASE, CalibratedPairs.PAIRS, CalibratedPairs.WEEKS);
        Paired inWork = CalibratedPairs.paired("in any work at 5 years, neutral -> evidence",
                CalibratedPairs.outcome(neutral, DisabilityWorkRuleTest::inWork), CalibratedPairs.outcome(graded, DisabilityWorkRuleTest::inWork));
        Paired onBenefit = CalibratedPairs.paired("on disability benefit at 5 years, neutral -> evidence",
                CalibratedPairs.outcome(neutral, RunOutcomes::disabilityBenefitShareHorizon),
                CalibratedPairs.outcome(graded, RunOutcomes::disabilityBenefitShareHorizon));
        assertTrue(inWork.mean() > 0 && inWork.t() >= CalibratedPairs.T, inWork.toString());
        assertTrue(onBenefit.mean() >= 0, onBenefit.toString());
    }

    /**
     * The share in work of any kind: employed, work without NAV, or working beside disability
     * benefit (the calibration's in_work_share_horizon leaves out the last: it is Nossen's "in
     * work and no longer registered at NAV").
     */
    private static double inWork(RunOutcomes o) {
        return o.employmentShareHorizon() + o.workWithoutNavShareHorizon() + o.disabilityWithWorkShareHorizon();
    }
}
