package org.inclusim.scenario;

import java.util.Map;
import java.util.Optional;

/**
 * Parameters of earlier versions of the model that scenario files may still name: each with the
 * one line that says what to write instead. A retired path is refused (exit 2) with that line,
 * never silently mapped, because its meaning changed with the model.
 */
final class RetiredParameters {
    private static final Map<String, String> RETIRED = Map.of(
            "advisers.closeMatchRatePerWeek",
            "renamed: use search.closePlacementRatePerWeek (work-training openings; direct job openings are search.closeJobRatePerWeek)",
            "advisers.standardMatchRatePerWeek",
            "renamed: use search.standardPlacementRatePerWeek (work-training openings; direct job openings are search.standardJobRatePerWeek)",
            "advisers.opportunityDeclinePerWeek",
            "renamed: use search.durationDeclinePerWeek",
            "mentors.supportWeeksAfterHire",
            "removed: mentor support now tapers; use mentors.subsidisedWeeks (subsidised weeks), mentors.taperWeeks and"
                    + " mentors.backgroundShare, or mentors.followWeeksAfterHire for a cliff (the old 26 = followWeeksAfterHire 26,"
                    + " taperWeeks 0)",
            "mentors.burnoutThreshold",
            "renamed: use mentors.strainReference (a smooth strain hazard replaces the burnout threshold; see docs/ODD.md 7.13a)",
            "mentors.quitOnBurnoutShare",
            "renamed: use mentors.quitShare (now a share of all strain events, beside mentors.stepBackShare)",
            "mentors.leaveWeeksMean",
            "renamed: use mentors.severeLeaveWeeksMean (short sick leaves: mentors.shortLeaveWeeksMean)",
            "users.exitHazardPerWeek",
            "removed: leaving the measure has five destinations now; use destinations.disabilityPerWeek,"
                    + " destinations.aapPerWeek, destinations.educationPerWeek, destinations.workWithoutNavPerWeek"
                    + " and destinations.otherPerWeek",
            "users.reentryShare",
            "removed: after a job loss users seek again after users.reentryWeeksMean on average while the"
                    + " destination hazards (times destinations.outOfWorkFactor) compete; set those instead",
            "project.supportRetainedAfterEnd",
            "renamed: use the after-end levels project.trainingAfterEnd, project.followUpAfterEnd,"
                    + " project.networkFacilitationAfterEnd and project.coWorkingAfterEnd (with project.decayWeeks: 0"
                    + " for the old instant switch)");

    private RetiredParameters() {
    }

    /** The message for a retired parameter path, if it is one. */
    static Optional<String> message(String path) {
        return Optional.ofNullable(RETIRED.get(path));
    }
}
