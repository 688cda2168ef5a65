package org.inclusim.io;

/** Results cannot be written where asked; the message says where and why. */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
