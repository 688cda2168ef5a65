package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.RunRecorder;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.SingleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedScenariosTest {
    /** The scenarios of {@code scenarios/} and of {@code scenarios/validation/} (run by the commands their comments give). */
    static List<Path> shipped() throws IOException {
        try (Stream<Path> top = Files.list(Path.of("scenarios")); Stream<Path> validation = Files.list(Path.of("scenarios/validation"))) {
            return Stream.concat(top, validation).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedScenarioValidatesStatesItsQuestionAndRuns(Path file) {
        Scenario s = new ScenarioLoader().load(file);
        assertFalse(s.description().isBlank(), file + " states the question it answers");
        assertEquals(file.getFileName().toString(), s.name() + ".yaml", "file name and scenario name agree");
        Scenario shortRun = s.withHorizonWeeks(8);
        for (Variant variant : shortRun.variants()) {
            RunSpec spec = SingleRun.spec(shortRun, variant);
            assertTrue(ModelRun.execute(spec, RunRecorder.NONE, true).outcomes().usersTotal() > 0, variant.name());
        }
    }

    @Test
    void theKeyReferenceInScenariosReadmeIsCurrent() throws IOException {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        String block = ParameterReference.currentBlock(readme);
        assertNotNull(block, "scenarios/README.md has the generated parameter reference");
        assertEquals(ParameterReference.markdown(), block,
                "out of date: run 'java -jar target/inclusim.jar parameters --update scenarios/README.md'");
    }
}
