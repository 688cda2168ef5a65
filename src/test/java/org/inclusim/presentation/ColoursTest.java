package org.inclusim.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One palette: the notebooks read the same colours as the GUI and the report, and no two stages share one. */
class ColoursTest {
    @Test
    void theNotebooksPaletteFileIsTheJavaPalette() throws IOException {
        assertEquals(Colours.json(), Files.readString(Path.of("notebooks/palette.json")),
                "notebooks/palette.json is out of date: write Colours.json() into it");
    }

    @Test
    void stagesHaveDistinctColoursAndTheComparisonVariantIsBlack() {
        Set<String> seen = new HashSet<>();
        for (String stage : List.of("referred", "seeking", "in_placement", "employed", "out_of_work", "exited", "aap",
                "disability_benefit", "education", "work_without_nav", "other")) {
            assertTrue(seen.add(Colours.stage(stage).hex()), stage + " has a colour of its own");
        }
        assertTrue(seen.add(Colours.series("disability_with_work").hex()), "work beside the benefit has a colour of its own");
        assertTrue(!Colours.STAGES.containsKey("disability_with_work"), "work beside the benefit is a series, not a stage");
        assertEquals("#009e73", Colours.stage("employed").hex(), "employed is green everywhere");
        assertEquals("#000000", Colours.variant(0).hex());
        assertEquals(Colours.variant(1), Colours.variant(1 + Colours.VARIANTS.size()), "variants cycle");
        assertTrue(Colours.VARIANTS.stream().noneMatch(v -> Colours.STAGES.containsValue(v) || Colours.SERIES.containsValue(v)),
                "no colour means a variant in one chart and a stage in the next");
    }
}
