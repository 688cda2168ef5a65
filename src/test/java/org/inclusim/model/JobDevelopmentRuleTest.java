package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.junit.jupiter.api.Test;

/**
 * Job development at the work-training employer (docs/ODD.md 7.5.2, {@link JobDevelopmentRule}):
 * the relief it gives, that it reaches only close cases, and, on the calibrated baseline, that it
 * makes more of close follow-up's work-training placements end in a hire there.
 */
class JobDevelopmentRuleTest {
    /** Pairs of the direction test and the |t| its mean paired difference must reach. */
    static final int PAIRS = 20;
    static final double T = 3.0;
    static final int WEEKS = 156;
    /** The non-neutral setting of the direction test (fit units at full competence). */
    static final double RELIEF = 0.1;

    @Test
    void reliefIsTheDirectOrThePlacementReliefTimesCompetence() {
        Parameters p = Parameters.defaults().with("search.jobDevelopmentRelief", 0.05)
                .with("search.placementDevelopmentRelief", 0.2);
        assertEquals(0.025, JobDevelopmentRule.relief(p.search(), true, 0.5), 1e-12);
        assertEquals(0.1, JobDevelopmentRule.relief(p.search(), false, 0.5), 1e-12);
        assertEquals(0.0, JobDevelopmentRule.relief(p.search(), false, 0.0), 0.0);
        Parameters neutral = p.with("search.placementDevelopmentRelief", 0.0);
        assertEquals(0.0, JobDevelopmentRule.relief(neutral.search(), false, 0.9), 0.0);
        assertEquals(0.045, JobDevelopmentRule.relief(neutral.search(), true, 0.9), 1e-12);
        assertEquals(0.0, Parameters.defaults().search().placementDevelopmentRelief(), 0.0,
                "the neutral setting is the default");
    }

    @Test
    void onlyCloseCasesWithAnAdviserGetTheRelief() {
        Parameters p = CalibratedBaseline.parameters().with("search.placementDevelopmentRelief", 0.2);
        InclusionModel model = Replicates.model(p, 0, 52);
        int close = 0;
        int standard = 0;
        for (int k = 0, n = model.users.scanSize(); k < n; k++) {
            int id = model.users.idAt(k);
            int adviser = model.users.adviser.get(id);
            double placement = JobDevelopmentRule.relief(model, id, false);
            double direct = JobDevelopmentRule.relief(model, id, true);
            if (adviser >= 0 && model.users.close(id)) {
                double competence = model.advisers.competence.get(adviser);
                assertEquals(0.2 * competence, placement, 1e-12);
                assertEquals(p.search().jobDevelopmentRelief() * competence, direct, 1e-12);
                close++;
            } else {
                assertEquals(0.0, placement, 0.0);
                assertEquals(0.0, direct, 0.0);
                standard++;
            }
        }
        assertTrue(close > 0 && standard > 0, "both kinds of case present: " + close + " close, " + standard + " other");
    }

    /**
     * Direction, on the calibrated baseline at three times the office size, paired under common
     * random numbers: with the relief at {@link #RELIEF} instead of 0, the share of close cases'
     * work-training placements that end in a hire at the host (early or at the planned end; of all
     * placement ends: hire there, not hired, drop-out, mentor lost, hired elsewhere) rises, with
     * paired t >= {@link #T}; and standard cases' share does not move beyond |t| < {@link #T}.
     */
    @Test
    void closeCasesPlacementsEndInAHireMoreOften() {
        Parameters base = Scaling.scale(CalibratedBaseline.parameters(), 3);
        Parameters on = base.with("search.placementDevelopmentRelief", RELIEF);
        double[] closeOff = new double[PAIRS];
        double[] closeOn = new double[PAIRS];
        double[] standardOff = new double[PAIRS];
        double[] standardOn = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            double[] off = placementHireShares(base, r);
            double[] with = placementHireShares(on, r);
            closeOff[r] = off[0];
            closeOn[r] = with[0];
            standardOff[r] = off[1];
            standardOn[r] = with[1];
        }
        CalibratedPairs.Paired close = CalibratedPairs.paired("close cases' placements ending in a hire there: relief 0 -> " + RELIEF,
                closeOff, closeOn);
        CalibratedPairs.Paired standard = CalibratedPairs.paired("standard cases' placements ending in a hire there: relief 0 -> " + RELIEF,
                standardOff, standardOn);
        System.out.println("JobDevelopmentRuleTest " + close + "; " + standard);
        assertTrue(close.mean() > 0 && close.t() >= T, close.toString());
        assertTrue(Math.abs(standard.t()) < T, standard.toString());
    }

    /** Of the placement ends of close and of standard cases in one replicate: the shares that are hires at the host. */
    static double[] placementHireShares(Parameters p, int replicate) {
        InclusionModel model = new InclusionModel(Seeds.forReplicate(Replicates.SEED, replicate), p);
        int[] ends = new int[2];
        int[] hires = new int[2];
        model.setTransitionListener(t -> {
            if (t.from() != Stage.IN_PLACEMENT || t.to() == Stage.IN_PLACEMENT) {
                return;
            }
            int kind = model.users.close(t.userId()) ? 0 : 1;
            ends[kind]++;
            if (t.cause() == Cause.HIRED && t.route() != Route.DIRECT) {
                hires[kind]++;
            }
        });
        model.start();
        for (int w = 0; w < WEEKS; w++) {
            model.schedule.step(model);
        }
        model.finish();
        return new double[] {hires[0] / (double) Math.max(1, ends[0]), hires[1] / (double) Math.max(1, ends[1])};
    }
}
