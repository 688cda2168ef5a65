package org.inclusim.model.parameters;

/** A parameter value violates its documented range or a rule between parameters. */
public final class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public ParameterException(String path, Object value, String expectation) {
        super(path + " = " + value + ": " + expectation);
        this.path = path;
    }

    /** Dotted path of the offending parameter, e.g. {@code placement.plannedWeeks}. */
    public String path() {
        return path;
    }
}
