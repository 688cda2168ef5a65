package org.inclusim.model.parameters;

import java.io.Serializable;

/**
 * All model parameters, grouped by area. Immutable; build one with {@link ParameterCatalog}
 * ({@link #defaults()}, {@link #with(String, Object)}) so every value is checked against the
 * bounds declared by its {@link Param}. {@code groups} are the scenario's user groups (not a
 * record of {@link Param}s: their paths are {@code groups.NAME.…}, see {@link UserGroups}).
 */
public record Parameters(
        UserParameters users,
        DestinationParameters destinations,
        AdviserParameters advisers,
        SearchParameters search,
        PlacementParameters placement,
        SubsidyParameters subsidy,
        MentorParameters mentors,
        RecruitmentParameters recruitment,
        TrainingParameters training,
        NetworkParameters network,
        JobParameters jobs,
        WorkplaceParameters workplaces,
        ProjectParameters project,
        SiteParameters site,
        CostParameters costs,
        UserGroups groups) implements Serializable {

    /** The documented defaults of every parameter. */
    public static Parameters defaults() {
        return ParameterCatalog.instance().defaults();
    }

    /** A copy with one parameter changed, e.g. {@code with("placement.plannedWeeks", 26)}. */
    public Parameters with(String path, Object value) {
        return ParameterCatalog.instance().with(this, path, value);
    }
}
