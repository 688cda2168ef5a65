package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.CalibrationLoader;
import org.inclusim.scenario.CalibrationSpec;
import org.junit.jupiter.api.Test;

/**
 * The calibrated file that scenarios/baseline.yaml extends still belongs to the shipped targets
 * and the current model: its recorded targets checksum is that of the targets file, and
 * simulating the targets at the baseline's values gives the distance recorded in the file (the
 * best distance of the fit, or, for values carried over a model change without refitting, the
 * distance under the current model). The fitted targets outside their tolerance and the check
 * targets missed are those docs/validation.md names. A change to the model or the targets that
 * moves the fit fails here, with the command that recalibrates.
 */
class CalibratedBaselineTest {
    private static final Path TARGETS = Path.of("scenarios/calibration/ips-patterns.yaml");
    private static final Path CALIBRATED = Path.of("scenarios/calibration/calibrated.yaml");
    private static final String RECALIBRATE = "; recalibrate: java -jar target/inclusim.jar calibrate "
            + TARGETS + " --write " + CALIBRATED + " (and update docs/validation.md)";

    private static String header(String pattern) throws IOException {
        Matcher m = Pattern.compile(pattern).matcher(Files.readString(CALIBRATED));
        assertTrue(m.find(), "no '" + pattern + "' in the provenance comments of " + CALIBRATED);
        return m.group(1);
    }

    @Test
    void theBaselineFitsTheShippedTargetsAsRecorded() throws IOException {
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(TARGETS);
        Map<String, Object> baseline = ParameterCatalog.instance().values(spec.scenario().parameters());
        Calibration.Assessment a = Calibration.assess(spec, baseline, 2);
        a.fit().forEach(f -> System.out.printf(Locale.ROOT, "%s %s: observed %.3f (%.3f), simulated %.4f (%.4f to %.4f)%s%n",
                f.target().fitted() ? "fit" : "check", f.target().name(), f.target().observed(), f.target().tolerance(), f.simulated(),
                f.low(), f.high(), f.withinTolerance() ? "" : " MISS"));
        System.out.printf(Locale.ROOT, "distance %.4f%n", a.distance());
        assertEquals(header("targets sha256 ([0-9a-f]{64})"), spec.sha256(), "the targets changed after calibration" + RECALIBRATE);
        // a file refitted to the current model records its best distance; one carried over a model change without refitting
        // also records the distance the current model gives at its values, and that is the one to reproduce
        boolean carriedOver = Files.readString(CALIBRATED).contains("distance under the current model");
        double recorded = Double.parseDouble(header(carriedOver ? "distance under the current model ([0-9.]+)" : "best distance ([0-9.]+)"));
        assertEquals(recorded, a.distance(), 5e-5, "the model no longer gives the recorded fit" + RECALIBRATE);
        List<String> outside = a.fit().stream().filter(f -> f.target().fitted() && !f.withinTolerance()).map(f -> f.target().name()).toList();
        // the refit of 2026-12-03 misses usual care at 12 months, the AFI cohort and 104-week retention at its fitting seeds
        // (docs/validation.md); a refit that reaches them fails here on purpose
        assertEquals(carriedOver ? List.of(header("fitted targets outside tolerance under the current model: (.*)").split("; "))
                : List.of("employed at 12 months, usual care as the trial ran it", "share ever employed in the project's three years",
                        "first jobs still held after 104 weeks"), outside,
                "fitted targets outside their tolerance (docs/validation.md names the expected misses)");
        List<String> missedChecks = a.fit().stream().filter(f -> !f.target().fitted() && !f.withinTolerance())
                .map(f -> f.target().name()).toList();
        assertEquals(List.of("relative risk of any competitive job, close follow-up against usual care",
                "relative risk of any competitive job, trial arms without the mentor programme", "mentor programme against usual care, employed at one year (difference)", "employed one year into the mentor programme"),
                missedChecks, "the out-of-sample record in docs/validation.md (check set) lists these misses");
    }
}
