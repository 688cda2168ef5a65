package org.inclusim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario cannot be used; carries every problem found, each with file, line and key. Its
 * message lists at most {@link #SHOWN} problems (a file of ten thousand unknown keys would
 * otherwise print ten thousand lines), then how many more there are.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Problems listed in a message; the rest are counted. */
    public static final int SHOWN = 50;

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(String.join("\n", shown(problems)));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** The lines to show for these problems: the first {@link #SHOWN}, then a count of the others. */
    public static List<String> shown(List<ScenarioProblem> problems) {
        List<String> lines = problems.stream().limit(SHOWN).map(ScenarioProblem::toString).collect(Collectors.toList());
        if (problems.size() > SHOWN) {
            lines.add("... and " + (problems.size() - SHOWN) + " more problems in " + problems.stream().skip(SHOWN)
                    .map(ScenarioProblem::file).distinct().collect(Collectors.joining(", ")) + " (fix these first)");
        }
        return lines;
    }
}
