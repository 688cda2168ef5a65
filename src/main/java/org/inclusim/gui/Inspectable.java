package org.inclusim.gui;

import java.util.List;

/**
 * An agent as its inspector shows it: a title, facts in plain words with units (from the message
 * catalogue, rounded to sensible precision), the model's internals only on request, and a small
 * picture of its history. Read under the schedule's lock ({@link NodeInspector}).
 */
interface Inspectable {
    /** One row of an inspector: a label and its value, both in the GUI's language. */
    record Fact(String label, String value) {
    }

    /** E.g. "User 12" / "Bruker 12". */
    String title();

    /**
     * The facts to show, in order.
     *
     * @param internals also the model's internal state variables at full precision
     */
    List<Fact> facts(boolean internals);

    /** A picture of the agent's history (made once per inspector), or null. */
    default HistoryPicture picture() {
        return null;
    }
}
