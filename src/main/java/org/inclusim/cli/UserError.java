package org.inclusim.cli;

/** A mistake in how a command was called that the user can fix; printed as one line, exit 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
