package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/** Initialisation: workplaces with their first mentors, and the advisers. Users arrive in week 0. */
final class Population {
    private Population() {
    }

    static void create(InclusionModel model) {
        Parameters p = model.parameters();
        double meanSize = p.site().profile().meanWorkplaceSize();
        for (int id = 0; id < p.workplaces().count(); id++) {
            int employees = geometricSize(model.random().uniform(Purpose.WORKPLACE_TRAITS, id, 0), meanSize);
            int maxMentors = Math.max(1, (int) Math.floor(p.recruitment().maxMentorShareOfStaff() * employees));
            int sector = (int) (model.random().uniform(Purpose.WORKPLACE_TRAITS, id, 0, 1) * p.workplaces().sectors());
            model.addWorkplace(employees, maxMentors, sector);
        }
        for (int workplace = 0, n = model.workplaces.size(); workplace < n; workplace++) {
            int initial = Math.min(p.mentors().initialPerWorkplace(), model.workplaces.maxMentors(workplace));
            for (int i = 0; i < initial; i++) {
                RecruitmentRule.addMentor(model, workplace, 0);
            }
        }
        AdviserParameters a = p.advisers();
        int experienced = (int) Math.round(a.experiencedShare() * a.count());
        for (int id = 0; id < a.count(); id++) {
            boolean isExperienced = id < experienced;
            model.addAdviser(isExperienced, isExperienced ? a.experiencedCompetence() : a.initialCompetence());
        }
    }

    /** Employees of a workplace: geometric on 1, 2, ... with the given mean, by inversion. */
    static int geometricSize(double u, double mean) {
        if (mean <= 1.0) {
            return 1;
        }
        double p = 1.0 / mean;
        return 1 + (int) Math.floor(Math.log1p(-u) / Math.log1p(-p));
    }
}
