package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioInheritanceAndVariantsTest {
    @TempDir
    Path tmp;

    private Path tree;

    @org.junit.jupiter.api.BeforeEach
    void makeTree() throws IOException {
        tree = Files.createDirectories(tmp.resolve("scenarios"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = tree.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<ScenarioProblem> problems(Path file) {
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).problems();
    }

    @Test
    void extendsInheritsThenOverridesAndMergesParameters() throws IOException {
        write("base.yaml", "name: base\ndescription: the base\nhorizon_weeks: 104\nseed: 7\n"
                + "parameters:\n  placement.plannedWeeks: 10\n  network.enabled: false\n");
        Path child = write("sub/child.yaml", "name: child\nextends: ../base.yaml\nseed: 8\n"
                + "parameters:\n  placement:\n    plannedWeeks: 20\n");
        Scenario s = new ScenarioLoader().load(child);
        assertEquals("child", s.name());
        assertEquals("the base", s.description(), "inherited");
        assertEquals(104, s.horizonWeeks(), "inherited");
        assertEquals(8, s.seed(), "overridden");
        assertEquals(20, s.parameters().placement().plannedWeeks(), "child wins");
        assertEquals(false, s.parameters().network().enabled(), "merged from the parent");
        assertEquals("file", s.origins().get("placement.plannedWeeks"));
        assertEquals("extends base.yaml", s.origins().get("network.enabled"));
        assertEquals("default", s.origins().get("mentors.superMentorShare"));
    }

    @Test
    void extendsCannotLeaveTheScenarioTree() throws IOException {
        Files.writeString(tmp.resolve("outside.yaml"), "name: outside\n");
        Path file = write("escape.yaml", "name: escape\nextends: ../outside.yaml\n");
        List<ScenarioProblem> p = problems(file);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("escape.yaml:2:10: key 'extends':"), p.toString());
        assertTrue(p.get(0).message().contains("outside the scenario folder"), p.toString());
        Path absolute = write("absolute.yaml", "name: absolute\nextends: /etc/passwd\n");
        assertTrue(problems(absolute).get(0).message().contains("outside the scenario folder"));
    }

    @Test
    void cyclesAndMissingParentsAreErrors() throws IOException {
        write("a.yaml", "name: a\nextends: b.yaml\n");
        write("b.yaml", "name: b\nextends: a.yaml\n");
        List<ScenarioProblem> cycle = problems(tree.resolve("a.yaml"));
        assertTrue(cycle.get(0).message().contains("cycle: a.yaml -> b.yaml -> a.yaml"), cycle.toString());
        assertTrue(cycle.get(0).file().equals("b.yaml"), "reported where the cycle closes: " + cycle);
        Path orphan = write("orphan.yaml", "name: orphan\nextends: nowhere.yaml\n");
        assertTrue(problems(orphan).get(0).message().contains("'nowhere.yaml' not found"));
    }

    @Test
    void problemsInTheParentNameTheParentFile() throws IOException {
        write("broken.yaml", "name: broken\nparameters:\n  placement.plannedWeeks: 999\n");
        Path child = write("child.yaml", "name: child\nextends: broken.yaml\n");
        List<ScenarioProblem> p = problems(child);
        assertTrue(p.get(0).toString().startsWith("broken.yaml:3:27: key 'parameters.placement.plannedWeeks'"), p.toString());
    }

    @Test
    void variantsHaveABaselineAndDottedOrNestedOverrides() throws IOException {
        Scenario s = new ScenarioLoader().load(write("v.yaml", """
                name: v
                variants:
                  short:
                    placement.plannedWeeks: 8
                  baseline: {}
                  long:
                    placement:
                      plannedWeeks: 26
                """));
        assertEquals(List.of("baseline", "short", "long"), s.variants().stream().map(Variant::name).toList());
        assertTrue(s.baseline().baseline());
        assertEquals(8, s.variant("short").orElseThrow().parameters().placement().plannedWeeks());
        assertEquals(Map.of("placement.plannedWeeks", 26), s.variant("long").orElseThrow().overrides());
        Scenario first = new ScenarioLoader().load(write("w.yaml", "name: w\nvariants:\n  twelve:\n  six:\n    placement.plannedWeeks: 6\n"));
        assertEquals("twelve", first.baseline().name(), "without a 'baseline' the first listed is the baseline");
        Scenario none = new ScenarioLoader().load(write("n.yaml", "name: n\n"));
        assertEquals(List.of("baseline"), none.variants().stream().map(Variant::name).toList());
    }

    @Test
    void badVariantsAndPolicyWeeksAreLocated() throws IOException {
        List<ScenarioProblem> p = problems(write("bad.yaml", """
                name: bad
                horizon_weeks: 52
                policy_start_week: 60
                variants:
                  baseline:
                  same: {}
                  typo:
                    placement.plannedWeks: 3
                  "has space":
                    placement.plannedWeeks: 3
                """));
        String all = p.toString();
        assertEquals(4, p.size(), all);
        assertTrue(all.contains("bad.yaml:3:20: key 'policy_start_week': week 60 is not before the horizon"), all);
        assertTrue(all.contains("key 'variants.same': changes nothing"), all);
        assertTrue(all.contains("key 'variants.typo.placement.plannedWeks': unknown parameter (did you mean 'placement.plannedWeeks'?)"), all);
        assertTrue(all.contains("key 'variants.has space': 'has space' cannot be used as a folder name"), all);
        assertTrue(problems(write("empty.yaml", "name: e\nvariants: {}\n")).get(0).message().contains("no variants listed"));
    }
}
