package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which outcomes are shares, and what clipping their interval does (and does not do). */
class ShareOutcomesTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([^|]+) \\|");

    /** The runs.csv columns of docs/data-dictionary.md with their unit. */
    private static List<String[]> runsColumns() throws IOException {
        List<String[]> columns = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("docs/data-dictionary.md"))) {
            if (line.startsWith("## ")) {
                inside = line.equals("## runs.csv");
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (inside && m.find()) {
                columns.add(new String[] {m.group(1), m.group(2).strip()});
            }
        }
        return columns;
    }

    @Test
    void theRuleNamesExactlyTheOutcomesTheDataDictionaryGivesTheUnitShare() throws IOException {
        List<String[]> columns = runsColumns();
        assertTrue(columns.size() > 40, "the runs.csv table was read: " + columns.size());
        for (String[] c : columns) {
            assertEquals(c[1].equals("share"), ShareOutcomes.isShare(c[0]), c[0] + " (unit " + c[1] + ")");
        }
        List<String> survival = RunSurvival.outcomes(List.of("employed", "disability_benefit"));
        for (String outcome : survival) {
            assertEquals(!outcome.equals(RunSurvival.RMST), ShareOutcomes.isShare(outcome),
                    outcome + ": survival and incidence are shares, weeks are not");
        }
    }

    @Test
    void aSharesIntervalIsClippedToZeroToOneAndACountsIsNot() {
        double[] nearZero = {0, 0, 0, 0.1};
        Estimates.Summary plain = Estimates.summarize(nearZero);
        assertTrue(plain.low() < 0, "the plain t interval reaches below 0: " + plain);
        Estimates.Summary share = ShareOutcomes.summarize("education_share_horizon", nearZero);
        assertEquals(0, share.low());
        assertEquals(plain.high(), share.high());
        assertEquals(plain.mean(), share.mean());
        assertEquals(plain.sd(), share.sd());
        assertEquals(plain.median(), share.median());
        Estimates.Summary nearOne = ShareOutcomes.summarize("retention_52w", new double[] {1, 1, 1, 0.9});
        assertEquals(1, nearOne.high());
        assertTrue(nearOne.low() > 0.8 && nearOne.low() < 0.9);
        assertEquals(plain, ShareOutcomes.summarize("job_loss_laid_off", nearZero), "a count keeps its plain interval");
        assertEquals(plain, ShareOutcomes.summarize("mean_weeks_to_first_job", nearZero), "weeks too");
        Estimates.Summary one = ShareOutcomes.summarize("ever_employed_share", new double[] {0.4});
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()), "with one value the interval stays not available: " + one);
        assertFalse(ShareOutcomes.isShare("share"), "a bare word is not an outcome");
    }
}
