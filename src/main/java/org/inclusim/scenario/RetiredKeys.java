package org.inclusim.scenario;

import java.util.Map;
import java.util.Optional;

/**
 * Parameter keys that an earlier version of the model had: a scenario that still uses one gets a
 * one-line "renamed" or "removed" message instead of "unknown parameter".
 */
final class RetiredKeys {
    private static final Map<String, String> MESSAGES = Map.of(
            "mentors.burnoutThreshold",
            "renamed: use mentors.strainReference (a smooth strain hazard replaces the burnout threshold; see docs/ODD.md 7.13)",
            "mentors.quitOnBurnoutShare",
            "renamed: use mentors.quitShare (now a share of all strain events, beside mentors.stepBackShare)",
            "mentors.leaveWeeksMean",
            "renamed: use mentors.severeLeaveWeeksMean (short sick leaves: mentors.shortLeaveWeeksMean)");

    private RetiredKeys() {
    }

    /** The message for a retired parameter path, if it is one. */
    static Optional<String> message(String path) {
        return Optional.ofNullable(MESSAGES.get(path));
    }
}
