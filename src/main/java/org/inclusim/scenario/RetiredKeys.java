package org.inclusim.scenario;

import java.util.Map;
import java.util.Optional;

/**
 * Parameter keys of earlier model versions, each with the one line that says what replaced it,
 * so an old scenario fails with a pointer rather than "unknown parameter".
 */
final class RetiredKeys {
    private static final Map<String, String> MESSAGES = Map.of(
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

    private RetiredKeys() {
    }

    /** The message for a retired dotted parameter path, if it is one. */
    static Optional<String> message(String path) {
        return Optional.ofNullable(MESSAGES.get(path));
    }
}
