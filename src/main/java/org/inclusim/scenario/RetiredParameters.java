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
                    + " taperWeeks 0)");

    private RetiredParameters() {
    }

    /** The message for a retired parameter path, if it is one. */
    static Optional<String> message(String path) {
        return Optional.ofNullable(RETIRED.get(path));
    }
}
