package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The published-patterns scenario (docs/validation.md, "Published patterns outside the targets")
 * copies the calibration targets file's trial arms by hand, so that its figures are those of the
 * arms the calibration was fitted on; this keeps the copies in step with the targets file.
 */
class PublishedPatternsArmsTest {
    private static final Path TARGETS = Path.of("scenarios/calibration/ips-patterns.yaml");
    private static final Path PATTERNS = Path.of("scenarios/validation/published-patterns.yaml");
    private static final List<String> ARMS = List.of("trial-usual-care", "trial-close-follow-up", "mentor-programme");

    @Test
    void theTrialArmsAreTheTargetsFilesArms() throws IOException {
        Map<String, Map<String, Object>> targets = variants(TARGETS);
        Map<String, Map<String, Object>> patterns = variants(PATTERNS);
        for (String arm : ARMS) {
            assertNotNull(targets.get(arm), TARGETS + " has no variant " + arm);
            assertEquals(normalised(targets.get(arm)), normalised(patterns.get(arm)),
                    PATTERNS + " variant " + arm + " differs from " + TARGETS + "'s: copy the arm again");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> variants(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) root.get("variants");
        }
    }

    /** The arm's overrides by key, numbers compared by value (0 and 0.0 are the same setting). */
    private static Map<String, String> normalised(Map<String, Object> overrides) {
        Map<String, String> out = new TreeMap<>();
        if (overrides != null) {
            overrides.forEach((key, value) -> out.put(key,
                    value instanceof Number n ? Double.toString(n.doubleValue()) : String.valueOf(value)));
        }
        return out;
    }
}
