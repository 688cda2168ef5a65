package org.inclusim.experiment;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a batch did: the folder, runs in the plan (of this shard), runs done, the errors of the
 * runs that failed (by run id), weeks simulated in this process (less than runs x horizon when
 * variants fork from a warm start), and whether the tables were assembled.
 */
public record BatchReport(Path folder, int runs, int done, Map<Integer, String> failures, long simulatedWeeks,
                          boolean assembled) {
}
