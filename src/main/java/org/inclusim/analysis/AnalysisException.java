package org.inclusim.analysis;

/** A folder cannot be analysed (not a batch, no finished runs, ...); the message says why. */
public final class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
