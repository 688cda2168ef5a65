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
