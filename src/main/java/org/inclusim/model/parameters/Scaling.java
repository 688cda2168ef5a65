package org.inclusim.model.parameters;

/** Scales the size of an office area: users, referrals, advisers and workplaces by one factor. */
public final class Scaling {
    private Scaling() {
    }

    /**
     * The parameters with the initial caseload, referrals per week, advisers and workplaces
     * multiplied by {@code factor} (counts rounded, at least one adviser and workplace); every
     * per-agent parameter is unchanged, so the model is the same at another size.
     */
    public static Parameters scale(Parameters p, double factor) {
        if (!(factor > 0)) {
            throw new ParameterException("scale", factor, "must be positive");
        }
        return p.with("users.initialCaseload", (int) Math.round(p.users().initialCaseload() * factor))
                .with("users.referralsPerWeek", p.users().referralsPerWeek() * factor)
                .with("advisers.count", Math.max(1, (int) Math.round(p.advisers().count() * factor)))
                .with("workplaces.count", Math.max(1, (int) Math.round(p.workplaces().count() * factor)));
    }

    /** Users referred over {@code weeks} weeks on average: initial caseload plus expected referrals. */
    public static double expectedUsers(Parameters p, int weeks) {
        return p.users().initialCaseload() + p.users().referralsPerWeek() * weeks;
    }
}
