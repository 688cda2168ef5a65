package org.inclusim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table at the end of a batch: each main outcome's mean and 95 % t interval over the
 * replications, a share's (in %) kept within 0 to 100 %, a rate's or count's as it is.
 */
class BatchSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void aSharesIntervalStaysWithinZeroToHundredPercentAndARatesDoesNot() throws Exception {
        Path runs = tmp.resolve("runs.csv");
        StringBuilder csv = new StringBuilder("run_id,variant,point,replicate,group,ever_employed_share,employment_share_horizon,"
                + "retention_52w,burnout_per_100_mentor_years,mentor_pool_end\n");
        double[][] values = {{0, 0.5, 1, 0, 40}, {0, 0.5, 1, 0, 40}, {0, 0.5, 1, 0, 40}, {0.1, 0.6, 0.9, 1, 44}};
        for (int r = 0; r < values.length; r++) {
            csv.append(r).append(",baseline,0,").append(r).append(",all");
            for (double v : values[r]) {
                csv.append(',').append(v);
            }
            csv.append('\n');
            csv.append(r).append(",baseline,0,").append(r).append(",young");
            csv.append(",0.9,0.9,0.9,9,99\n");
        }
        Files.writeString(runs, csv);
        String table = BatchSummary.table(runs, Messages.of(Language.EN));
        String row = table.lines().filter(l -> l.startsWith("baseline")).findFirst().orElseThrow();
        // 0, 0, 0, 0.1: mean 0.025, plain t interval -0.055 to 0.105 (0, 0, 0, 1: 0.25 shown as 0.2, half to even).
        assertTrue(row.contains("2.5 (0.0\u201310.5) %"), "ever employed, clipped at 0 %: " + row);
        assertTrue(row.contains("52.5 (44.5\u201360.5) %"), "employed at the horizon, inside: " + row);
        assertTrue(row.contains("97.5 (89.5\u2013100.0) %"), "retention, clipped at 100 %: " + row);
        assertTrue(row.contains("0.2 (-0.5\u20131.0)"), "a rate keeps its plain interval: " + row);
        assertTrue(row.contains("41.0 (37.8\u201344.2)"), "the mentor pool too: " + row);
        assertEquals(1, table.lines().filter(l -> l.startsWith("baseline")).count(), "the all rows only, not the groups'");
        assertTrue(table.contains("within 0-100 %"), "the note says so: " + table);
        assertEquals(List.of(), table.lines().filter(l -> l.contains("\u00b1")).toList(), "no half-widths");
    }
}
