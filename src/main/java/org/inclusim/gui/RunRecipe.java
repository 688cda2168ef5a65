package org.inclusim.gui;

import org.inclusim.model.parameters.Parameters;

/**
 * What the GUI needs to run one variant exactly as a headless single run does: the run seed, the
 * horizon, and the parameters before and from the policy start week.
 *
 * @param seed             the run seed the model's keyed streams derive from
 * @param horizonWeeks     weeks after which the GUI stops, as a headless run does
 * @param parameters       the variant's parameters, in force from {@code policyStartWeek}
 * @param policyParameters the parameters in force before {@code policyStartWeek}
 * @param policyStartWeek  the week from which {@code parameters} apply; 0 for throughout
 */
public record RunRecipe(long seed, int horizonWeeks, Parameters parameters, Parameters policyParameters,
                        int policyStartWeek) {

    /** The parameters in force in a week. */
    public Parameters parametersAt(int week) {
        return week < policyStartWeek ? policyParameters : parameters;
    }
}
