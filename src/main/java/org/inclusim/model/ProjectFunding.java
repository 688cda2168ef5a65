package org.inclusim.model;

import org.inclusim.model.parameters.ProjectParameters;

/**
 * Rule: is a project-funded activity carried out on this occasion? Before the project's end
 * week always; afterwards with probability {@code supportRetainedAfterEnd}, drawn per occasion
 * from the {@link Purpose#FUNDING} stream keyed by the activity and its entity.
 */
final class ProjectFunding {
    /** Funded activities; the ordinal separates their draws. */
    enum Activity { TRAINING, FOLLOW_UP, NETWORK, CO_WORKING }

    private ProjectFunding() {
    }

    /**
     * The share of a funded activity's strength that remains this week: 1 before the project's
     * end week, {@code supportRetainedAfterEnd} after it. For activities that act by degree
     * (network facilitation) rather than by occasion.
     */
    static double retainedLevel(InclusionModel model) {
        ProjectParameters project = model.parameters().project();
        return model.week() < project.endWeek() ? 1.0 : project.supportRetainedAfterEnd();
    }

    static boolean carriedOut(InclusionModel model, Activity activity, long entityKey) {
        ProjectParameters project = model.parameters().project();
        int week = model.week();
        if (week < project.endWeek()) {
            return true;
        }
        return model.random().uniform(Purpose.FUNDING, entityKey, week, activity.ordinal())
                < project.supportRetainedAfterEnd();
    }
}
