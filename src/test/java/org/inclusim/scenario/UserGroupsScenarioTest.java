package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.UserGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario language of user groups: what is accepted, and one line for everything refused. */
class UserGroupsScenarioTest {
    @TempDir
    Path tmp;

    /** The problems of a file {@code s.yaml}, with the file named as in the folder. */
    private List<String> problems(String text) throws IOException {
        return ScenarioLoaderTest.problemsOf(Files.writeString(tmp.resolve("s.yaml"), text)).stream()
                .map(problem -> problem.toString().replace(tmp + "/", "")).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void theShippedScenarioDefinesThreeGroupsAndItsVariantsChangeThem() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/user-groups.yaml"));
        UserGroups groups = s.parameters().groups();
        assertEquals(List.of("reduced-capacity", "young-adults", "ordinary"), groups.names());
        assertEquals(0.25, groups.list().get(1).share());
        assertEquals(Map.of("users.supportNeedMean", 0.45, "destinations.educationPerWeek", 0.003), groups.list().get(1).deviations());
        Parameters more = s.variant("more-young-adults").orElseThrow().parameters();
        assertEquals(0.4, more.groups().list().get(1).share());
        assertEquals(0.45, more.groups().list().get(0).share());
        Parameters longer = s.variant("longer-mentor-subsidy").orElseThrow().parameters();
        assertEquals(156, longer.groups().list().get(0).deviations().get("mentors.subsidisedWeeks"));
        assertEquals(s.parameters().mentors().subsidisedWeeks(), longer.mentors().subsidisedWeeks(), "the run's own value is unchanged");
    }

    @Test
    void withoutGroupsThereIsOneImplicitGroup() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        assertTrue(s.parameters().groups().isEmpty());
        assertEquals(List.of(UserGroups.ALL), s.parameters().groups().names());
    }

    @Test
    void aParameterTheModelDoesNotReadPerUserIsRefusedWithTheAllowedKeys() throws IOException {
        List<String> p = problems("""
                name: x
                groups:
                  a: {share: 0.5}
                  b:
                    share: 0.5
                    placement.plannedWeeks: 20
                """);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:6:5: key 'groups.b.placement.plannedWeeks': 'placement.plannedWeeks' cannot differ"
                + " between user groups"), p.get(0));
        assertTrue(p.get(0).contains("allowed: share, users.supportNeedMean") && p.get(0).contains("mentors.subsidisedWeeks"), p.get(0));
    }

    @Test
    void sharesMustSumToOneAndEveryGroupNeedsOne() throws IOException {
        List<String> p = problems("""
                name: x
                groups:
                  a: {share: 0.5}
                  b: {share: 0.4}
                """);
        assertEquals(List.of("s.yaml:3:14: key 'groups.a.share': groups.a.share = 0.5: the shares of the user groups (a, b) sum to 0.9;"
                + " they must sum to 1"), p);
        List<String> missing = problems("""
                name: x
                groups:
                  a: {share: 1}
                  b:
                    users.supportNeedMean: 0.3
                """);
        assertTrue(missing.get(0).startsWith("s.yaml:4:3: key 'groups.b.share': missing"), missing.toString());
    }

    @Test
    void badNamesValuesAndMisspellingsAreNamedWhereTheyAreWritten() throws IOException {
        List<String> p = problems("""
                name: x
                groups:
                  all: {share: 0.5}
                  b:
                    share: 0.5
                    users: {reentryWeeksMean: 200}
                    users.supportNeedMaen: 0.3
                """);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("s.yaml:3:3: key 'groups.all': 'all' cannot name a group")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("s.yaml:6:31: key 'groups.b.users.reentryWeeksMean': expected number from 1 to 104")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("s.yaml:7:5: key 'groups.b.users.supportNeedMaen'")
                && s.endsWith("(did you mean 'users.supportNeedMean'?)")), p.toString());
    }

    @Test
    void variantsChangeSharesAndDeviationsButDoNotAddGroups() throws IOException {
        List<String> p = problems("""
                name: x
                groups:
                  a: {share: 0.5}
                  b: {share: 0.5}
                variants:
                  baseline: {}
                  half:
                    groups.a.share: 0.6
                  more:
                    groups.c.share: 0
                """);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:8:21: key 'variants.half.groups.a.share'") && p.get(0).contains("sum to 1.1"), p.get(0));
        assertTrue(p.get(1).startsWith("s.yaml:9:3: key 'variants.more': adds user groups (a, b, c instead of a, b)"), p.get(1));
    }

    @Test
    void inheritedGroupsAreCheckedWhereTheyAreWritten() throws IOException {
        write("parent.yaml", """
                name: parent
                groups:
                  a: {share: 0.2}
                  b: {share: 0.7}
                """);
        List<String> p = problems("""
                name: child
                extends: parent.yaml
                parameters:
                  placement.plannedWeeks: 20
                """);
        assertEquals(List.of("parent.yaml:3:14: key 'groups.a.share': groups.a.share = 0.2: the shares of the user groups (a, b) sum to 0.9;"
                + " they must sum to 1"), p);
    }

    @Test
    void aDesignSweepsADeviationAndTheNearestFileWithGroupsGivesThemAll() throws IOException {
        write("parent.yaml", """
                name: parent
                groups:
                  a: {share: 0.2}
                  b: {share: 0.8}
                """);
        Path child = write("child.yaml", """
                name: child
                extends: parent.yaml
                groups:
                  young: {share: 0.3, users.supportNeedMean: 0.4}
                  rest: {share: 0.7}
                design:
                  grid:
                    groups.young.users.supportNeedMean: [0.3, 0.5]
                """);
        Scenario s = new ScenarioLoader().load(child);
        assertEquals(List.of("young", "rest"), s.parameters().groups().names(), "the child's groups replace the parent's");
        assertEquals(0.5, s.parameters(s.baseline(), 1).groups().list().get(0).deviations().get("users.supportNeedMean"));
        Path sweep = write("sweep.yaml", """
                name: sweep
                groups:
                  young: {share: 0.3}
                  rest: {share: 0.7}
                design:
                  grid:
                    groups.young.share: [0.3, 0.4]
                """);
        String problem = ScenarioLoaderTest.problemsOf(sweep).get(0).toString();
        assertTrue(problem.contains("sweep.yaml:6:3: key 'design'"), problem);
        assertTrue(problem.contains("point 1") && problem.contains("sum to 1.1"), problem);
    }
}
