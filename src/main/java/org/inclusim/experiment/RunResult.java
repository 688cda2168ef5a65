package org.inclusim.experiment;

import java.util.List;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.RunOutcomes;

/**
 * What one finished run produced besides the streamed weekly rows and events.
 *
 * @param byGroup each user group's outcomes, by group name in declaration order (empty without groups)
 */
public record RunResult(RunSpec spec, RunOutcomes outcomes, List<MentorRow> mentors, long events,
                        long activeUserWeeks, double elapsedSeconds, java.util.Map<String, RunOutcomes> byGroup) {
}
