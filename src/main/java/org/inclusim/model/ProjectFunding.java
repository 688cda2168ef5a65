package org.inclusim.model;

/**
 * Rule: is a project-funded activity carried out on this occasion? With probability equal to
 * the activity's level ({@link ProjectEndRule#level}: 1 before the project's end week, then
 * decaying to its after-end level), drawn per occasion from the {@link Purpose#FUNDING} stream
 * keyed by the activity and its entity; no draw while the level is 1.
 */
final class ProjectFunding {
    /** Funded activities; the ordinal separates their draws. */
    enum Activity {
        TRAINING(ProjectEndRule.Element.TRAINING), FOLLOW_UP(ProjectEndRule.Element.FOLLOW_UP),
        NETWORK(ProjectEndRule.Element.NETWORK), CO_WORKING(ProjectEndRule.Element.CO_WORKING);

        private final ProjectEndRule.Element element;

        Activity(ProjectEndRule.Element element) {
            this.element = element;
        }
    }

    private ProjectFunding() {
    }

    /**
     * The share of a funded activity's strength that remains this week: 1 before the project's
     * end week, then decaying to its after-end level ({@link ProjectEndRule#level}; for
     * {@link Activity#NETWORK}, {@code project.networkFacilitationAfterEnd}). For activities that
     * act by degree (such as network facilitation) rather than by occasion.
     */
    static double level(InclusionModel model, Activity activity) {
        return ProjectEndRule.level(model, activity.element);
    }

    static boolean carriedOut(InclusionModel model, Activity activity, long entityKey) {
        double level = level(model, activity);
        if (level >= 1.0) {
            return true;
        }
        return model.random().uniform(Purpose.FUNDING, entityKey, model.week(), activity.ordinal()) < level;
    }
}
