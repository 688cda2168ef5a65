package org.inclusim.model;

import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.SearchParameters;

/**
 * Rule: job search by two routes (ODD 7.5.1). One draw per seeking user and week (stream
 * {@link Purpose#SEEKING}) decides between a work-training opening (probability
 * {@link #placementProbability}), a direct job opening (probability {@link #jobProbability}) and
 * nothing; leaving the measure is {@link DestinationRule}'s, earlier in the same phase. Both
 * openings are competing hazards with one base, {@link #base}: site opportunity factor x the
 * adviser's time coverage x the ramp of standard follow-up x duration dependence that levels off
 * ({@link DurationDependenceRule}) x the user's employability theta ({@link EmployabilityRule}).
 *
 * <p>On a work-training opening the adviser approaches up to {@code searchProbes} random
 * workplaces; the first that is open to the user (small firms less often) and has, or
 * recruits, a mentor with room hosts the placement. On a job opening the first open workplace
 * takes the hire decision ({@link HireRule}); a hire starts the job there, with a mentor if the
 * workplace has or recruits one. With reuse of success ({@code mentors.reuseSuccessWeight}
 * &gt; 0) both routes probe workplaces that made hires more often and ask their most successful
 * mentor with room first ({@link ReuseRule}). Users are handled in referral order, so when
 * mentors are scarce the earliest referred are placed first.
 */
final class SearchRule {
    private SearchRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        double bound = bound(p);
        byte seeking = UserTable.code(Stage.SEEKING);
        UserTable users = model.users;
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            if (users.stage.get(id) != seeking) {
                continue;
            }
            double r = model.random().uniform(Purpose.SEEKING, id, model.week());
            if (r < bound * users.employability(id)) {
                double base = base(model.parametersOf(id), model, id);
                double place = base * placementRate(p.search(), model, id);
                if (r < place) {
                    tryPlace(model, id);
                } else if (r < place + base * jobRate(p.search(), model, id)) {
                    tryDirect(model, id);
                }
            }
        }
    }

    /** An upper bound of both openings' probabilities for theta 1 (base <= site factor x theta), tested before anything is read. */
    static double bound(Parameters p) {
        SearchParameters s = p.search();
        return (Math.max(s.standardPlacementRatePerWeek(), s.closePlacementRatePerWeek())
                + Math.max(s.standardJobRatePerWeek(), s.closeJobRatePerWeek())) * p.site().profile().opportunityFactor();
    }

    /**
     * The factor both openings share: site opportunity factor x time coverage of the adviser for
     * this kind of case x ramp (close: 1; standard: 1 - exp(-weeks since intake / standardStartWeeks),
     * 1 if that is 0) x duration dependence ({@link DurationDependenceRule}) x the user's
     * employability theta. 0 for a user without an adviser.
     */
    static double base(Parameters p, InclusionModel model, int id) {
        UserTable users = model.users;
        int adviser = users.adviser.get(id);
        if (adviser < 0) {
            return 0.0;
        }
        boolean close = users.close(id);
        double coverage = close ? model.advisers.closeCoverage.get(adviser) : model.advisers.standardCoverage.get(adviser);
        double ramp = 1.0;
        double start = p.search().standardStartWeeks();
        if (!close && start > 0) {
            ramp = 1.0 - Math.exp(-(model.week() - users.caseStartWeek.get(id)) / start);
        }
        return p.site().profile().opportunityFactor() * coverage * ramp
                * DurationDependenceRule.factor(p.search(), model.week() - users.outOfWorkSinceWeek.get(id)) * users.employability(id);
    }

    /** Work-training opening rate: standard, or in close follow-up standard + (close - standard) x competence. */
    static double placementRate(SearchParameters s, InclusionModel model, int id) {
        return rate(s.standardPlacementRatePerWeek(), s.closePlacementRatePerWeek(), model, id);
    }

    /** Direct job opening rate: standard, or in close follow-up standard + (close - standard) x competence. */
    static double jobRate(SearchParameters s, InclusionModel model, int id) {
        return rate(s.standardJobRatePerWeek(), s.closeJobRatePerWeek(), model, id);
    }

    private static double rate(double standard, double close, InclusionModel model, int id) {
        int adviser = model.users.adviser.get(id);
        return model.users.close(id) && adviser >= 0
                ? standard + (close - standard) * model.advisers.competence.get(adviser) : standard;
    }

    /** Weekly chance of a work-training opening for seeking user {@code id}. */
    static double placementProbability(Parameters p, InclusionModel model, int id) {
        return base(p, model, id) * placementRate(p.search(), model, id);
    }

    /** Weekly chance of a direct job opening for seeking user {@code id}. */
    static double jobProbability(Parameters p, InclusionModel model, int id) {
        return base(p, model, id) * jobRate(p.search(), model, id);
    }

    /** Openness of a workplace of the given size to a placement or hire: 1 - smallFirmPenalty x exp(-employees / 10). */
    static double openness(Parameters p, int employees) {
        return 1.0 - p.workplaces().smallFirmPenalty() * Math.exp(-employees / 10.0);
    }

    /** The adviser's probes for a placement; each reads the workplace's size and mentors from the {@link WorkplaceTable}. */
    private static void tryPlace(InclusionModel model, int user) {
        Parameters p = model.parameters();
        for (int probe = 0; probe < p.workplaces().searchProbes(); probe++) {
            int w = openWorkplace(model, user, probe);
            if (w < 0) {
                continue;
            }
            int mentor = mentorAt(model, w);
            if (mentor >= 0) {
                PlacementRule.start(model, user, w, mentor);
                return;
            }
        }
    }

    /**
     * A direct job opening for {@code user} (seeking, or in a placement: the lock-in search of
     * {@link PlacementRule}): the first workplace open to the user takes the hire decision.
     * Returns true if the user was hired.
     */
    static boolean tryDirect(InclusionModel model, int user) {
        Parameters p = model.parameters();
        for (int probe = 0; probe < p.workplaces().searchProbes(); probe++) {
            int w = openWorkplace(model, user, probe);
            if (w < 0) {
                continue;
            }
            int terms = HireRule.decide(model, user, HireRule.Decision.DIRECT);
            if (terms == HireRule.NO_HIRE) {
                return false;
            }
            if (model.users.stage.get(user) == UserTable.code(Stage.IN_PLACEMENT)) {
                model.links.leaveWorkplace(user);
            }
            model.links.startJob(user, w, mentorAt(model, w));
            model.users.match.set(user, HireRule.drawMatch(model, user, HireRule.DIRECT_MATCH_DRAW));
            HireRule.hire(model, user, Route.DIRECT, terms == HireRule.SUBSIDISED);
            return true;
        }
        return false;
    }

    /** The workplace of probe {@code probe} if it is open to the user this week, else -1. */
    private static int openWorkplace(InclusionModel model, int user, int probe) {
        Parameters p = model.parameters();
        WorkplaceTable workplaces = model.workplaces;
        int w = ReuseRule.probedWorkplace(workplaces, p.mentors().reuseSuccessWeight(),
                model.random().uniform(Purpose.PROBE, user, model.week(), probe));
        return model.random().uniform(Purpose.OPENNESS, user, model.week(), probe) < openness(p, workplaces.employees(w)) ? w : -1;
    }

    /** A mentor with room at the workplace ({@link ReuseRule#mentorWithRoom}), or one it recruits now; -1 if neither. */
    private static int mentorAt(InclusionModel model, int workplace) {
        int mentor = ReuseRule.mentorWithRoom(model, workplace);
        return mentor >= 0 ? mentor : RecruitmentRule.tryRecruit(model, workplace);
    }
}
