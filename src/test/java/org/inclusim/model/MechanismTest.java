package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.RunOutcomes;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of docs/ODD.md moves its outcomes in the documented direction. Every test runs
 * the same fixed replicates (common random numbers: replicate r of both arms shares its seed)
 * of two parameter sets that differ only in the mechanism's parameters, at three times the
 * default office size, and requires the difference to have the expected sign with a paired
 * t-test p-value below {@link #ALPHA}. Fixed seeds make the tests deterministic.
 */
class MechanismTest {
    static final int REPLICATES = 30;
    static final int WEEKS = 260;
    static final double ALPHA = 0.01;
    static final Parameters BASE = CalibratedBaseline.scaled(3);

    private static RunOutcomes[] runs(Parameters p) {
        return Replicates.run(p, REPLICATES, WEEKS);
    }

    /** Hires out of placements (at their end or early) per placement; direct hires are not counted. */
    private static double hireShare(RunOutcomes o) {
        return (o.hires() - o.hiresDirect()) / (o.placementsPerUser() * o.usersTotal());
    }

    private static double recruitAcceptance(RunOutcomes o) {
        return o.recruits() / (double) Math.max(1, o.recruits() + o.recruitRefusals());
    }

    @Test
    void placeThenTrainGrowthOnTheJobLeadsToHires() {
        RunOutcomes[] noGrowth = runs(BASE.with("placement.fitGrowthPerWeek", 0.0));
        RunOutcomes[] growth = runs(BASE);
        var c = Replicates.compare("hires per placement", noGrowth, growth, MechanismTest::hireShare);
        assertTrue(c.higherInB(ALPHA), c.toString());
    }

    /**
     * Placement length over its whole useful range (4 weeks to two years). With hires only at a
     * placement's planned end (placement.earlyHireRatePerWeek 0, the first model), the share ever
     * employed within the horizon rises to a peak and falls after it: long placements postpone the
     * hire decision and hold users out of the job search. With early hires (Model 2) an employer
     * hires as soon as the user fits, so the fall after the peak disappears and long placements
     * keep more users ever employed than without early hires. Hires per placement rise with
     * length in both. Not true by construction: a model where length only helped, or only
     * delayed, or where early hires changed nothing, fails a side.
     */
    @Test
    void placementLengthPeaksWhenHiresWaitForThePlannedEndAndEarlyHiresRemoveTheFall() {
        int[] lengths = {4, 8, 12, 26, 52, 104};
        RunOutcomes[][] atEnd = curve(BASE.with("placement.earlyHireRatePerWeek", 0.0), lengths);
        RunOutcomes[][] early = curve(BASE, lengths);
        int last = lengths.length - 1;
        int peak = peak(atEnd);
        String curves = java.util.Arrays.toString(lengths) + " weeks: ever employed, hires at the planned end " + means(atEnd)
                + ", with early hires " + means(early);
        System.out.println(curves);
        assertTrue(peak > 0 && peak < last, "hires at the planned end: the peak is inside the range: " + curves);
        var rise = Replicates.compare("ever employed, shortest to peak", atEnd[0], atEnd[peak], RunOutcomes::everEmployedShare);
        var fall = Replicates.compare("ever employed, peak to longest", atEnd[peak], atEnd[last], RunOutcomes::everEmployedShare);
        assertTrue(rise.higherInB(ALPHA), rise + "; " + curves);
        assertTrue(fall.lowerInB(ALPHA), fall + "; " + curves);
        var earlyRise = Replicates.compare("ever employed with early hires, shortest to 26 weeks", early[0], early[3],
                RunOutcomes::everEmployedShare);
        var noFall = Replicates.compare("ever employed with early hires, peak length to longest", early[peak], early[last],
                RunOutcomes::everEmployedShare);
        var longer = Replicates.compare("ever employed at the longest length, hires at the end against early hires", atEnd[last], early[last],
                RunOutcomes::everEmployedShare);
        assertTrue(earlyRise.higherInB(ALPHA), earlyRise + "; " + curves);
        assertTrue(!noFall.lowerInB(ALPHA), "no fall after the peak with early hires: " + noFall + "; " + curves);
        assertTrue(longer.higherInB(ALPHA), longer + "; " + curves);
        var perPlacement = Replicates.compare("hires per placement", early[1], early[3], MechanismTest::hireShare);
        assertTrue(perPlacement.higherInB(ALPHA), perPlacement.toString());
    }

    private static RunOutcomes[][] curve(Parameters p, int[] lengths) {
        RunOutcomes[][] runs = new RunOutcomes[lengths.length][];
        for (int i = 0; i < lengths.length; i++) {
            runs[i] = runs(p.with("placement.plannedWeeks", lengths[i]));
        }
        return runs;
    }

    private static double meanEver(RunOutcomes[] runs) {
        return java.util.Arrays.stream(runs).mapToDouble(RunOutcomes::everEmployedShare).average().orElseThrow();
    }

    private static int peak(RunOutcomes[][] curve) {
        int peak = 0;
        for (int i = 1; i < curve.length; i++) {
            peak = meanEver(curve[i]) > meanEver(curve[peak]) ? i : peak;
        }
        return peak;
    }

    private static String means(RunOutcomes[][] curve) {
        return java.util.Arrays.stream(curve).map(r -> String.format(java.util.Locale.ROOT, "%.3f", meanEver(r))).toList().toString();
    }

    /**
     * Duration dependence hires fewer users. The wait among those hired is not asserted: fewer
     * openings delay hires, while selection of the quickly hired can shorten the mean wait, and
     * which wins depends on the opening rates (docs/validation.md).
     */
    @Test
    void durationDependenceHiresFewer() {
        // explicit on both sides, so the comparison does not depend on the calibrated baseline's own decline (0 in the shipped fit)
        RunOutcomes[] noDecline = runs(BASE.with("search.durationDeclinePerWeek", 0.0));
        RunOutcomes[] decline = runs(BASE.with("search.durationDeclinePerWeek", 0.03));
        var ever = Replicates.compare("ever employed", noDecline, decline, RunOutcomes::everEmployedShare);
        System.out.println("MechanismTest " + ever + "; " + Replicates.compare("weeks to the first job among the hired", noDecline, decline,
                RunOutcomes::meanWeeksToFirstJob));
        assertTrue(ever.lowerInB(ALPHA), ever.toString());
    }

    /**
     * The calibrated quit hazard falling with tenure against the same hazard without the fall:
     * first-job retention at 104 weeks 0.019 without the fall against 0.186 with it. The
     * comparison is against 0, not against a fixed decline, so that it cannot turn round when a
     * refit moves the fitted decline past that value.
     */
    @Test
    void quittingThatFallsWithTenureKeepsFirstJobsLonger() {
        RunOutcomes[] flat = runs(BASE.with("jobs.quitTenureDeclinePerWeek", 0.0));
        RunOutcomes[] settling = runs(BASE);
        var c = Replicates.compare("first-job retention at 104 weeks", flat, settling, RunOutcomes::retention_104w);
        assertTrue(c.higherInB(ALPHA), c.toString());
    }

    @Test
    void aShortHorizonLowersInvestmentAndSoHires() {
        Parameters fullInvestment = BASE.with("placement.investmentHalfWeeks", 0.1);
        Parameters weakInvestment = BASE.with("placement.investmentHalfWeeks", 52.0);
        var c = Replicates.compare("hires per placement", runs(fullInvestment), runs(weakInvestment), MechanismTest::hireShare);
        assertTrue(c.lowerInB(ALPHA), c.toString());
    }

    @Test
    void mentorSupportRaisesHiresAndLowersDropout() {
        RunOutcomes[] weak = runs(BASE.with("mentors.baseCompetence", 0.05).with("training.level", "none"));
        RunOutcomes[] strong = runs(BASE.with("mentors.baseCompetence", 0.6));
        var hires = Replicates.compare("hires per placement", weak, strong, MechanismTest::hireShare);
        var retention = Replicates.compare("retention 26 weeks", weak, strong, RunOutcomes::retention_26w);
        assertTrue(hires.higherInB(ALPHA), hires.toString());
        assertTrue(retention.higherInB(ALPHA), retention.toString());
    }

    @Test
    void trainingAndFollowUpLowerStrainAndBurnout() {
        RunOutcomes[] untrained = runs(BASE.with("training.level", "none").with("training.followUp", false));
        RunOutcomes[] trained = runs(BASE.with("training.level", "extended").with("training.followUp", true));
        var strain = Replicates.compare("mean strain", untrained, trained, RunOutcomes::meanStrain);
        var burnout = Replicates.compare("burnout per 100 mentor-years", untrained, trained, RunOutcomes::burnoutPer_100MentorYears);
        assertTrue(strain.lowerInB(ALPHA), strain.toString());
        assertTrue(burnout.lowerInB(ALPHA), burnout.toString());
    }

    /**
     * Twice the replicates: with tapering load and natural support (Model 2 part 1) under the
     * strain hazard (part 2) burnouts are rarer, and the networks' effect on them (about -2 of 9
     * episodes, p = 6e-5 at 60 replicates) falls short of ALPHA at 30 (p = 0.026).
     */
    @Test
    void mentorNetworksLowerStrainAndBurnout() {
        RunOutcomes[] none = Replicates.run(BASE.with("network.enabled", false), 2 * REPLICATES, WEEKS);
        RunOutcomes[] fortnightly = Replicates.run(BASE.with("network.enabled", true).with("network.meetingIntervalWeeks", 2), 2 * REPLICATES, WEEKS);
        var strain = Replicates.compare("mean strain", none, fortnightly, RunOutcomes::meanStrain);
        var burnout = Replicates.compare("burnout episodes", none, fortnightly, RunOutcomes::burnoutEpisodes);
        assertTrue(strain.lowerInB(ALPHA), strain.toString());
        assertTrue(burnout.lowerInB(ALPHA), burnout.toString());
    }

    @Test
    void strainedMentorsStepBackGoOnLeaveOrQuit() {
        Parameters fragile = BASE.with("mentors.strainReference", 0.6).with("mentors.stepBackShare", 0.0);
        var quits = Replicates.compare("mentors who quit", runs(fragile.with("mentors.quitShare", 0.0)),
                runs(fragile.with("mentors.quitShare", 1.0)), RunOutcomes::mentorsQuit);
        var threshold = Replicates.compare("burnout episodes", runs(BASE), runs(fragile), RunOutcomes::burnoutEpisodes);
        assertTrue(quits.higherInB(ALPHA), quits.toString());
        assertTrue(threshold.higherInB(ALPHA), threshold.toString());
        InclusionModel model = Replicates.model(fragile.with("mentors.quitShare", 0.0).with("mentors.stepBackShare", 0.5), 0, WEEKS);
        WeekTally total = model.views().totalTally();
        assertTrue(total.returnsFromLeave() > 0, "mentors on leave come back");
        assertTrue(total.stepBacks() > 0 && total.returnsFromStepBack() > 0,
                "mentors step back and take mentees again");
        assertTrue(total.shortLeaves() > total.severeLeaves() && total.severeLeaves() > 0,
                "most sick leaves are short, some severe");
    }

    @Test
    void moreDrawnSuperMentorsRaiseBurnoutAndConcentrateStrainWithoutReuse() {
        // Trait differences stay possible; without reuse of success they are the only source of concentration.
        Parameters noReuse = BASE.with("mentors.reuseSuccessWeight", 0.0);
        RunOutcomes[] none = runs(noReuse.with("mentors.superMentorShare", 0.0));
        RunOutcomes[] many = runs(noReuse.with("mentors.superMentorShare", 0.5));
        var burnout = Replicates.compare("burnout episodes", none, many, RunOutcomes::burnoutEpisodes);
        var concentration = Replicates.compare("top 10 % strain share", none, many, RunOutcomes::top10StrainShare);
        assertTrue(burnout.higherInB(ALPHA), burnout.toString());
        assertTrue(concentration.higherInB(ALPHA), concentration.toString());
    }

    /**
     * Deterrence acts through visible pressure, which can be low: where work pressure is low
     * (0.2) the mentors' own strain is most of what others see, and stronger deterrence costs
     * less acceptance than where work pressure is high (2.0). The paired difference of the two
     * deterrence effects (replicate by replicate) must be significant; the test fails if
     * deterrence lowered acceptance by a fixed amount whatever the pressure.
     */
    @Test
    void deterrenceBitesWhereVisiblePressureIsHigh() {
        double[] lowPressureEffect = deterrenceEffect(0.2);
        double[] highPressureEffect = deterrenceEffect(2.0);
        double lowMean = java.util.Arrays.stream(lowPressureEffect).average().orElseThrow();
        double highMean = java.util.Arrays.stream(highPressureEffect).average().orElseThrow();
        double p = new org.apache.commons.math3.stat.inference.TTest().pairedTTest(lowPressureEffect, highPressureEffect);
        String text = "acceptance lost to deterrence 0 -> 3: " + lowMean + " at low pressure, " + highMean + " at high pressure, p = " + p;
        assertTrue(lowMean > 0 && highMean > lowMean && p < ALPHA, text);
    }

    /** Per replicate: recruit acceptance without deterrence minus with strong deterrence, at the given work pressure. */
    private static double[] deterrenceEffect(double workPressure) {
        Parameters at = BASE.with("site.workPressure", workPressure);
        RunOutcomes[] none = runs(at.with("recruitment.deterrence", 0.0));
        RunOutcomes[] strong = runs(at.with("recruitment.deterrence", 3.0));
        double[] effect = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            effect[r] = recruitAcceptance(none[r]) - recruitAcceptance(strong[r]);
        }
        return effect;
    }

    /**
     * Close follow-up raises job entry. Its total load on mentors is emergent: each close case
     * loads its mentor less, while more hires could mean more mentored weeks. On the documented
     * defaults the total rose; on the calibrated baseline it falls (docs/validation.md records the
     * reversal), and this test holds the calibrated direction.
     */
    /**
     * The job specialist carries part of the workplace follow-up in a close case, so each
     * placement or hire costs the mentors fewer hours. The mentors' total hours rise on the refit
     * on the whole of Model 2 (more placements and jobs, fewer leaving for disability benefit:
     * docs/validation.md, scenario claims), so the mechanism is checked per placement or hire.
     */
    @Test
    void moreCloseFollowUpRaisesJobEntryAndLowersMentorHoursPerPlacementOrHire() {
        RunOutcomes[] standardOnly = runs(BASE.with("advisers.closeCasesPerAdviser", 0));
        RunOutcomes[] allClose = runs(BASE.with("advisers.closeCasesPerAdviser", 1000));
        var hires = Replicates.compare("hires", standardOnly, allClose, RunOutcomes::hires);
        var mentorHours = Replicates.compare("mentor hours per placement or hire", standardOnly, allClose,
                o -> o.mentorHours() / (o.placementsPerUser() * o.usersTotal() + o.hires()));
        System.out.println("MechanismTest " + hires + "; " + mentorHours + "; "
                + Replicates.compare("mentor hours", standardOnly, allClose, RunOutcomes::mentorHours));
        assertTrue(hires.higherInB(ALPHA), hires.toString());
        assertTrue(mentorHours.lowerInB(ALPHA), mentorHours.toString());
    }

    @Test
    void leadershipSupportGatesAdviserLearning() {
        Parameters gated = BASE.with("advisers.leadershipSupport", 0.0);
        Parameters supported = BASE.with("advisers.leadershipSupport", 1.0);
        double gatedCompetence = meanAdviserCompetence(Replicates.model(gated, 0, 104));
        double supportedCompetence = meanAdviserCompetence(Replicates.model(supported, 0, 104));
        System.out.println("MechanismTest mean adviser competence " + gatedCompetence + " -> " + supportedCompetence + "; "
                + Replicates.compare("hires", runs(gated), runs(supported), RunOutcomes::hires));
        assertTrue(supportedCompetence > gatedCompetence + 0.2,
                "mean adviser competence " + gatedCompetence + " without vs " + supportedCompetence + " with leadership support");
        // Hires are not asserted: on the shipped fit the competence that leadership support buys moves hires by no detectable
        // amount (printed; 344.7 -> 346.2 a run, p = 0.46, on 2026-12-04; docs/validation.md).
    }

    private static double meanAdviserCompetence(InclusionModel model) {
        return model.views().advisers().stream().mapToDouble(Adviser::competence).average().orElseThrow();
    }

    @Test
    void fallingJobAdaptabilityLowersSuccess() {
        var c = Replicates.compare("ever employed", runs(BASE.with("workplaces.adaptabilityLossPerYear", 0.0)),
                runs(BASE.with("workplaces.adaptabilityLossPerYear", 0.05)), RunOutcomes::everEmployedShare);
        assertTrue(c.lowerInB(ALPHA), c.toString());
    }

    @Test
    void endingProjectSupportLowersLaterEmploymentAndRaisesBurnout() {
        RunOutcomes[] sustained = runs(CalibratedPairs.afterEnd(BASE, 1.0));
        RunOutcomes[] ended = runs(CalibratedPairs.afterEnd(BASE, 0.0).with("project.decayWeeks", 0.0));
        var employed = Replicates.compare("employment share at horizon", sustained, ended, RunOutcomes::employmentShareHorizon);
        var sustainedJobs = Replicates.compare("sustained jobs", sustained, ended, RunOutcomes::sustainedJobs);
        var burnout = Replicates.compare("burnout episodes", sustained, ended, RunOutcomes::burnoutEpisodes);
        assertTrue(employed.lowerInB(ALPHA), employed.toString());
        assertTrue(sustainedJobs.lowerInB(ALPHA), sustainedJobs.toString());
        assertTrue(burnout.higherInB(ALPHA), burnout.toString());
    }

    /**
     * The rural site offers 20 % fewer openings a week (a constant of its profile, so "fewer
     * hires" alone would be true by construction). What is not given: over five years users keep
     * searching, so the share ever employed falls by clearly less than the 20 % of the openings,
     * yet it does fall; and adviser hours per hire rise (travel and fewer hires together).
     */
    @Test
    void theRuralSitesFewerOpeningsAreDampenedByLongerSearch() {
        RunOutcomes[] akershus = runs(BASE.with("site.profile", "akershus"));
        RunOutcomes[] rural = runs(BASE.with("site.profile", "nord_trondelag"));
        var ever = Replicates.compare("ever employed", akershus, rural, RunOutcomes::everEmployedShare);
        double ratio = ever.meanB() / ever.meanA();
        assertTrue(ever.lowerInB(ALPHA), ever.toString());
        assertTrue(ratio > 0.85, "ever employed falls by less than the openings (ratio " + ratio + " against 0.8): " + ever);
        var hoursPerHire = Replicates.compare("adviser hours per hire", akershus, rural, o -> o.adviserHours() / o.hires());
        assertTrue(hoursPerHire.higherInB(ALPHA), hoursPerHire.toString());
    }
}
