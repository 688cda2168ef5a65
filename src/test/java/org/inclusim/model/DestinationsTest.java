package org.inclusim.model;

import static org.inclusim.model.CalibratedPairs.BASE;
import static org.inclusim.model.CalibratedPairs.PAIRS;
import static org.inclusim.model.CalibratedPairs.T;
import static org.inclusim.model.CalibratedPairs.WEEKS;
import static org.inclusim.model.CalibratedPairs.compare;
import static org.inclusim.model.CalibratedPairs.outcome;
import static org.inclusim.model.CalibratedPairs.paired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.CalibratedPairs.Paired;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.junit.jupiter.api.Test;

/**
 * Model 2, part 2, user side (docs/ODD.md 7.5a): the destinations users leave for, the
 * duration effect on leaving for disability benefit, and the returns that bring users back as
 * re-referrals. Direction tests on the calibrated baseline at three times the office size with
 * paired replications ({@link CalibratedPairs}); the neutral setting (only 'other', no returns) has
 * a test that it gives the first model's single permanent exit.
 */
class DestinationsTest {
    /**
     * Issue 15: a longer time out of work raises the share leaving for disability benefit. Half of
     * every placement and job rate must raise the share on disability benefit at five years
     * (paired t >= {@link CalibratedPairs#T}), and the rise must be larger with the duration effect
     * than without it (t >= T on the pairs' difference of the two rises). On the shipped fit
     * (2026-12-04): 0.2403 -> 0.2569 (+0.0166, t 5.3); the rise is +0.0070 without the duration
     * effect, so the duration effect adds +0.0096 (t 3.5). Broken variant (a scratch edit of
     * {@link DestinationRule}, run once, not kept): the disability hazard reads every user's time
     * out of work as 0 weeks; the rise falls to +0.0070 (t 2.6, the first assertion fails) and the
     * duration effect's part to 0 (t 0).
     */
    @Test
    void fewerOpeningsMeanLongerTimeOutOfWorkAndMoreLeaveForDisabilityBenefit() {
        Parameters fewer = BASE.with("search.standardPlacementRatePerWeek", BASE.search().standardPlacementRatePerWeek() / 2)
                .with("search.closePlacementRatePerWeek", BASE.search().closePlacementRatePerWeek() / 2)
                .with("search.standardJobRatePerWeek", BASE.search().standardJobRatePerWeek() / 2)
                .with("search.closeJobRatePerWeek", BASE.search().closeJobRatePerWeek() / 2);
        Paired disability = compare("disability benefit share at 5 years", BASE, fewer, RunOutcomes::disabilityBenefitShareHorizon);
        assertTrue(disability.mean() > 0 && disability.t() >= T, disability.toString());
        // and the rise comes partly from the duration effect: smaller without it
        Parameters flat = BASE.with("destinations.disabilityDurationEffectPerYear", 0.0);
        Paired flatDisability = compare("the same without the duration effect", flat,
                fewer.with("destinations.disabilityDurationEffectPerYear", 0.0), RunOutcomes::disabilityBenefitShareHorizon);
        double[] withEffect = new double[PAIRS];
        double[] without = new double[PAIRS];
        RunOutcomes[] a = Replicates.run(BASE, PAIRS, WEEKS);
        RunOutcomes[] b = Replicates.run(fewer, PAIRS, WEEKS);
        RunOutcomes[] c = Replicates.run(flat, PAIRS, WEEKS);
        RunOutcomes[] d = Replicates.run(fewer.with("destinations.disabilityDurationEffectPerYear", 0.0), PAIRS, WEEKS);
        for (int r = 0; r < PAIRS; r++) {
            withEffect[r] = b[r].disabilityBenefitShareHorizon() - a[r].disabilityBenefitShareHorizon();
            without[r] = d[r].disabilityBenefitShareHorizon() - c[r].disabilityBenefitShareHorizon();
        }
        Paired interaction = paired("rise in disability share from fewer openings: duration effect off -> on", without, withEffect);
        assertTrue(interaction.mean() > 0 && interaction.t() >= T, interaction + "; " + flatDisability);
    }

    @Test
    void returnsFromAapEducationAndWorkShowUpAsReReferralsAndNewJobs() {
        Parameters noReturns = BASE.with("destinations.aapReturnPerWeek", 0.0).with("destinations.educationReturnPerWeek", 0.0)
                .with("destinations.workWithoutNavReturnPerWeek", 0.0);
        RunOutcomes[] without = Replicates.run(noReturns, PAIRS, WEEKS);
        RunOutcomes[] with = Replicates.run(BASE, PAIRS, WEEKS);
        assertTrue(java.util.Arrays.stream(without).allMatch(o -> o.reReferrals() == 0), "no returns, no re-referrals");
        Paired reReferrals = paired("re-referrals", outcome(without, RunOutcomes::reReferrals), outcome(with, RunOutcomes::reReferrals));
        Paired inReturning = paired("share in AAP at 5 years", outcome(without, RunOutcomes::aapShareHorizon),
                outcome(with, RunOutcomes::aapShareHorizon));
        Paired employed = paired("employment share at 5 years", outcome(without, RunOutcomes::employmentShareHorizon),
                outcome(with, RunOutcomes::employmentShareHorizon));
        assertTrue(reReferrals.mean() > 0 && reReferrals.t() >= T, reReferrals.toString());
        assertTrue(inReturning.mean() < 0 && inReturning.t() <= -T, inReturning.toString());
        assertTrue(employed.mean() > 0 && employed.t() >= T, employed.toString());
    }

    @Test
    void aReReferredUserGoesBackThroughTheReferralQueueAndCanFindAJob() {
        List<Transition> events = new ArrayList<>();
        InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, 0), BASE);
        m.setTransitionListener(events::add);
        m.start();
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
        }
        List<Transition> back = events.stream().filter(t -> t.cause() == Cause.RE_REFERRAL).toList();
        assertTrue(!back.isEmpty());
        for (Transition t : back) {
            assertTrue(t.from() == Stage.AAP || t.from() == Stage.EDUCATION || t.from() == Stage.WORK_WITHOUT_NAV, t.toString());
            assertEquals(Stage.REFERRED, t.to());
        }
        // an absorbing destination is never left; the only events from one are work starting or ending beside
        // disability benefit (DisabilityWorkRule), which keep the user on it
        assertTrue(events.stream().noneMatch(t -> t.from() != null && t.from().isAbsorbing() && t.to() != t.from()),
                "nobody leaves an absorbing destination");
        assertTrue(events.stream().filter(t -> t.from() != null && t.from().isAbsorbing())
                .allMatch(t -> t.cause() == Cause.BENEFIT_WORK_STARTED || t.cause() == Cause.BENEFIT_WORK_ENDED),
                "the only events from an absorbing destination are work beside disability benefit");
        java.util.Set<Integer> returned = new java.util.HashSet<>();
        back.forEach(t -> returned.add(t.userId()));
        assertTrue(events.stream().anyMatch(t -> t.cause() == Cause.HIRED && returned.contains(t.userId())
                && back.stream().anyMatch(b -> b.userId() == t.userId() && b.week() < t.week())), "a returned user is hired later");
    }

    @Test
    void onlyOtherWithoutReturnsIsTheFirstModelsSinglePermanentExit() {
        Parameters single = BASE.with("destinations.disabilityPerWeek", 0.0).with("destinations.aapPerWeek", 0.0)
                .with("destinations.educationPerWeek", 0.0).with("destinations.workWithoutNavPerWeek", 0.0)
                .with("destinations.otherPerWeek", 0.006);
        RunOutcomes o = Replicates.run(single, 1, WEEKS)[0];
        assertEquals(0.0, o.disabilityBenefitShareHorizon() + o.aapShareHorizon() + o.educationShareHorizon()
                + o.workWithoutNavShareHorizon());
        assertTrue(o.otherShareHorizon() > 0.2 && o.reReferrals() == 0, o.toString());
        RunOutcomes none = Replicates.run(single.with("destinations.otherPerWeek", 0.0), 1, WEEKS)[0];
        assertEquals(0.0, none.otherShareHorizon(), "all rates 0: nobody leaves");
    }
}
