package org.inclusim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario cannot be used; carries every problem found, each with file, line and key. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
