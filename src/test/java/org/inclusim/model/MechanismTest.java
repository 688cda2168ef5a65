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
    static final Parameters BASE = Scaling.scale(Parameters.defaults(), 3);

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

    @Test
    void longerPlannedPlacementsRaiseTheShareHired() {
        RunOutcomes[] shortPlacements = runs(BASE.with("placement.plannedWeeks", 8));
        RunOutcomes[] longPlacements = runs(BASE.with("placement.plannedWeeks", 26));
        var perPlacement = Replicates.compare("hires per placement", shortPlacements, longPlacements, MechanismTest::hireShare);
        var ever = Replicates.compare("ever employed", shortPlacements, longPlacements, RunOutcomes::everEmployedShare);
        assertTrue(perPlacement.higherInB(ALPHA), perPlacement.toString());
        assertTrue(ever.higherInB(ALPHA), ever.toString());
    }

    @Test
    void durationDependenceHiresFewerAndSoonerThoseWhoAreHired() {
        RunOutcomes[] noDecline = runs(BASE);
        RunOutcomes[] decline = runs(BASE.with("search.durationDeclinePerWeek", 0.03));
        var ever = Replicates.compare("ever employed", noDecline, decline, RunOutcomes::everEmployedShare);
        var wait = Replicates.compare("weeks to first job", noDecline, decline, RunOutcomes::meanWeeksToFirstJob);
        assertTrue(ever.lowerInB(ALPHA), ever.toString());
        assertTrue(wait.lowerInB(ALPHA), wait.toString());
    }

    @Test
    void quittingThatFallsWithTenureKeepsFirstJobsLonger() {
        RunOutcomes[] flat = runs(BASE);
        RunOutcomes[] settling = runs(BASE.with("jobs.quitTenureDeclinePerWeek", 0.03));
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

    @Test
    void mentorNetworksLowerStrainAndBurnout() {
        RunOutcomes[] none = runs(BASE.with("network.enabled", false));
        RunOutcomes[] fortnightly = runs(BASE.with("network.enabled", true).with("network.meetingIntervalWeeks", 2));
        var strain = Replicates.compare("mean strain", none, fortnightly, RunOutcomes::meanStrain);
        var burnout = Replicates.compare("burnout episodes", none, fortnightly, RunOutcomes::burnoutEpisodes);
        assertTrue(strain.lowerInB(ALPHA), strain.toString());
        assertTrue(burnout.lowerInB(ALPHA), burnout.toString());
    }

    @Test
    void burntOutMentorsGoOnLeaveOrQuit() {
        Parameters fragile = BASE.with("mentors.burnoutThreshold", 0.6);
        var quits = Replicates.compare("mentors who quit", runs(fragile.with("mentors.quitOnBurnoutShare", 0.0)),
                runs(fragile.with("mentors.quitOnBurnoutShare", 1.0)), RunOutcomes::mentorsQuit);
        var threshold = Replicates.compare("burnout episodes", runs(BASE), runs(fragile), RunOutcomes::burnoutEpisodes);
        assertTrue(quits.higherInB(ALPHA), quits.toString());
        assertTrue(threshold.higherInB(ALPHA), threshold.toString());
        InclusionModel model = Replicates.model(fragile.with("mentors.quitOnBurnoutShare", 0.0), 0, WEEKS);
        assertTrue(model.totalTally().returnsFromLeave() > 0, "mentors on leave come back");
    }

    @Test
    void moreSuperMentorsRaiseBurnoutAndConcentrateStrain() {
        RunOutcomes[] none = runs(BASE.with("mentors.superMentorShare", 0.0));
        RunOutcomes[] many = runs(BASE.with("mentors.superMentorShare", 0.5));
        var burnout = Replicates.compare("burnout episodes", none, many, RunOutcomes::burnoutEpisodes);
        var concentration = Replicates.compare("top 10 % strain share", none, many, RunOutcomes::top10StrainShare);
        assertTrue(burnout.higherInB(ALPHA), burnout.toString());
        assertTrue(concentration.higherInB(ALPHA), concentration.toString());
    }

    @Test
    void visiblePressureLowersRecruitment() {
        var pressure = Replicates.compare("recruit acceptance", runs(BASE), runs(BASE.with("site.workPressure", 2.0)),
                MechanismTest::recruitAcceptance);
        var deterrence = Replicates.compare("recruit acceptance", runs(BASE.with("recruitment.deterrence", 0.0)),
                runs(BASE.with("recruitment.deterrence", 3.0)), MechanismTest::recruitAcceptance);
        assertTrue(pressure.lowerInB(ALPHA), pressure.toString());
        assertTrue(deterrence.lowerInB(ALPHA), deterrence.toString());
    }

    @Test
    void moreCloseFollowUpRaisesJobEntryAndPutsMoreLoadOnMentors() {
        RunOutcomes[] standardOnly = runs(BASE.with("advisers.closeCasesPerAdviser", 0));
        RunOutcomes[] allClose = runs(BASE.with("advisers.closeCasesPerAdviser", 1000));
        var hires = Replicates.compare("hires", standardOnly, allClose, RunOutcomes::hires);
        var mentorHours = Replicates.compare("mentor hours", standardOnly, allClose, RunOutcomes::mentorHours);
        assertTrue(hires.higherInB(ALPHA), hires.toString());
        assertTrue(mentorHours.higherInB(ALPHA), mentorHours.toString());
    }

    @Test
    void leadershipSupportGatesAdviserLearning() {
        Parameters gated = BASE.with("advisers.leadershipSupport", 0.0);
        Parameters supported = BASE.with("advisers.leadershipSupport", 1.0);
        double gatedCompetence = meanAdviserCompetence(Replicates.model(gated, 0, 104));
        double supportedCompetence = meanAdviserCompetence(Replicates.model(supported, 0, 104));
        assertTrue(supportedCompetence > gatedCompetence + 0.2,
                "mean adviser competence " + gatedCompetence + " without vs " + supportedCompetence + " with leadership support");
        var hires = Replicates.compare("hires", runs(gated), runs(supported), RunOutcomes::hires);
        assertTrue(hires.higherInB(ALPHA), hires.toString());
    }

    private static double meanAdviserCompetence(InclusionModel model) {
        return model.advisers().stream().mapToDouble(Adviser::competence).average().orElseThrow();
    }

    @Test
    void fallingJobAdaptabilityLowersSuccess() {
        var c = Replicates.compare("ever employed", runs(BASE.with("workplaces.adaptabilityLossPerYear", 0.0)),
                runs(BASE.with("workplaces.adaptabilityLossPerYear", 0.05)), RunOutcomes::everEmployedShare);
        assertTrue(c.lowerInB(ALPHA), c.toString());
    }

    @Test
    void endingProjectSupportLowersLaterEmploymentAndRaisesBurnout() {
        RunOutcomes[] sustained = runs(Model2Part2Test.afterEnd(BASE, 1.0));
        RunOutcomes[] ended = runs(Model2Part2Test.afterEnd(BASE, 0.0).with("project.decayWeeks", 0.0));
        var employed = Replicates.compare("employment share at horizon", sustained, ended, RunOutcomes::employmentShareHorizon);
        var sustainedJobs = Replicates.compare("sustained jobs", sustained, ended, RunOutcomes::sustainedJobs);
        var burnout = Replicates.compare("burnout episodes", sustained, ended, RunOutcomes::burnoutEpisodes);
        assertTrue(employed.lowerInB(ALPHA), employed.toString());
        assertTrue(sustainedJobs.lowerInB(ALPHA), sustainedJobs.toString());
        assertTrue(burnout.higherInB(ALPHA), burnout.toString());
    }

    @Test
    void theRuralSiteHasFewerOpportunitiesAndMoreTravel() {
        RunOutcomes[] akershus = runs(BASE.with("site.profile", "akershus"));
        RunOutcomes[] rural = runs(BASE.with("site.profile", "nord_trondelag"));
        var hires = Replicates.compare("hires", akershus, rural, RunOutcomes::hires);
        var hoursPerHire = Replicates.compare("adviser hours per hire", akershus, rural, o -> o.adviserHours() / o.hires());
        assertTrue(hires.lowerInB(ALPHA), hires.toString());
        assertTrue(hoursPerHire.higherInB(ALPHA), hoursPerHire.toString());
    }
}
