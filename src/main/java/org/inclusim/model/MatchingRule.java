package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: seeking users. One draw per user and week (stream {@link Purpose#SEEKING}) decides
 * between leaving the measure (probability {@code exitHazardPerWeek}), a placement opportunity
 * (probability {@link #opportunityProbability}) and nothing. On an opportunity the adviser
 * approaches up to {@code searchProbes} random workplaces; the first that is open to the user
 * (small firms less often) and has, or recruits, a mentor with room hosts the placement. With
 * reuse of success ({@code mentors.reuseSuccessWeight} &gt; 0) workplaces that made hires are
 * probed more often and their most successful mentor with room is asked first.
 *
 * <p>The opportunity probability (read by id from {@link UserTable} and {@link AdviserTable}) is
 * only computed when the draw is below its upper bound, which gives the same answer. Users are
 * handled in referral order, so when mentors are scarce the earliest referred are placed first.
 */
final class MatchingRule {
    private MatchingRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        double exit = p.users().exitHazardPerWeek();
        double opportunityBound = Math.max(p.advisers().standardMatchRatePerWeek(), p.advisers().closeMatchRatePerWeek())
                * p.site().profile().opportunityFactor();
        byte seeking = UserTable.code(Stage.SEEKING);
        UserTable users = model.users;
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            if (users.stage.get(id) != seeking) {
                continue;
            }
            double r = model.random().uniform(Purpose.SEEKING, id, model.week());
            if (r < exit) {
                model.leaveMeasure(id);
            } else if (r < exit + opportunityBound && r < exit + opportunityProbability(p, model, id)) {
                tryPlace(model, id);
            }
        }
    }

    /**
     * Weekly chance of a placement opportunity: standard rate, or in close follow-up the standard
     * rate plus (close rate - standard rate) x adviser competence; times the site's opportunity
     * factor; times the duration dependence {@link #durationFactor}. Never above the rates' maximum
     * times the site factor, the bound {@link #apply} tests first.
     */
    static double opportunityProbability(Parameters p, InclusionModel model, int id) {
        AdviserParameters a = p.advisers();
        UserTable users = model.users;
        double rate = a.standardMatchRatePerWeek();
        int adviser = users.adviser.get(id);
        if (users.close(id) && adviser >= 0) {
            rate += (a.closeMatchRatePerWeek() - a.standardMatchRatePerWeek()) * model.advisers.competence.get(adviser);
        }
        return rate * p.site().profile().opportunityFactor() * durationFactor(a, model.week() - users.outOfWorkSinceWeek.get(id));
    }

    /**
     * Duration dependence: exp(-opportunityDeclinePerWeek x weeks out of work), the weeks counted
     * from referral or from the end of the user's last job (a placement without a hire does not
     * restart the count). Exactly 1 when the decline is 0.
     */
    static double durationFactor(AdviserParameters a, int weeksOutOfWork) {
        double decline = a.opportunityDeclinePerWeek();
        return decline == 0.0 ? 1.0 : Math.exp(-decline * weeksOutOfWork);
    }

    /** Openness of a workplace of the given size to a placement: 1 - smallFirmPenalty x exp(-employees / 10). */
    static double openness(Parameters p, int employees) {
        return 1.0 - p.workplaces().smallFirmPenalty() * Math.exp(-employees / 10.0);
    }

    /**
     * Rule: reuse of success. The workplace an adviser probes, from the uniform draw u: with
     * probability proportional to 1 + reuseSuccessWeight x its hires. One draw picks from the
     * mixture: below count / (count + weight x all hires) it is the uniform part (exactly the
     * first model's (int) (u x count) when the weight is 0 or nobody was hired yet), above it a
     * workplace in proportion to its hires ({@link FenwickTree}, O(log n)).
     */
    static int probedWorkplace(WorkplaceTable workplaces, double reuse, double u) {
        int count = workplaces.size();
        long hires = workplaces.hiresTotal();
        if (reuse <= 0.0 || hires == 0) {
            return (int) (u * count);
        }
        double x = u * (count + reuse * hires);
        return x < count ? (int) x : workplaces.byHires((x - count) / reuse);
    }

    /**
     * Rule: a mentee of the mentor (-1: none) was hired. The mentor's success is counted; with
     * probability r / (1 + r), r = reuseSuccessWeight (stream {@link Purpose#REUSE}), the adviser
     * asks it to take one more mentee beside the hired one it still follows, and it agrees, up to
     * mentors.superMenteeCapacity: the willing and successful mentor is asked again and again.
     */
    static void recordSuccess(InclusionModel model, int mentor) {
        if (mentor < 0) {
            return;
        }
        MentorTable mentors = model.mentors;
        mentors.successes.add(mentor, 1);
        double r = model.parameters().mentors().reuseSuccessWeight();
        if (r > 0 && model.random().uniform(Purpose.REUSE, mentors.randomKey.get(mentor), model.week(), mentors.successes.get(mentor)) < r / (1.0 + r)) {
            mentors.growCapacity(mentor, model.parameters().mentors().superMenteeCapacity());
        }
    }

    /** The adviser's probes for an opening; each reads the workplace's size and mentors from the {@link WorkplaceTable}. */
    private static void tryPlace(InclusionModel model, int user) {
        Parameters p = model.parameters();
        WorkplaceTable workplaces = model.workplaces;
        double reuse = p.mentors().reuseSuccessWeight();
        for (int probe = 0; probe < p.workplaces().searchProbes(); probe++) {
            int w = probedWorkplace(workplaces, reuse, model.random().uniform(Purpose.PROBE, user, model.week(), probe));
            if (model.random().uniform(Purpose.OPENNESS, user, model.week(), probe) >= openness(p, workplaces.employees(w))) {
                continue;
            }
            int mentor = reuse > 0 ? workplaces.mostSuccessfulMentor(w, model.mentors) : workplaces.availableMentor(w, model.mentors);
            if (mentor < 0) {
                mentor = RecruitmentRule.tryRecruit(model, w);
            }
            if (mentor >= 0) {
                PlacementRule.start(model, user, w, mentor);
                return;
            }
        }
    }
}
