package org.inclusim.model;

/**
 * Rule: reuse of success (ODD 7.5.1). Advisers prefer workplaces and mentors whose mentees
 * were hired, and ask a successful mentor to take one more mentee: the willing and successful
 * mentor is asked again and again, so super-mentors emerge. Every hire made by an adviser's
 * search, by either route (work training or direct job development), is recorded here. With
 * {@code mentors.reuseSuccessWeight} 0 nothing changes the first model's draws.
 */
final class ReuseRule {
    private ReuseRule() {
    }

    /**
     * The workplace an adviser probes, from the uniform draw u: with probability proportional to
     * 1 + reuseSuccessWeight x its hires. One draw picks from the mixture: below count / (count +
     * weight x all hires) it is the uniform part (exactly the first model's (int) (u x count) when
     * the weight is 0 or nobody was hired yet), above it a workplace in proportion to its hires
     * ({@link FenwickTree}, O(log n)).
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
     * The mentor with room the adviser asks first at the workplace: with reuse of success the one
     * whose mentees were hired most often, else the first with room; -1 if none has room.
     */
    static int mentorWithRoom(InclusionModel model, int workplace) {
        return model.parameters().mentors().reuseSuccessWeight() > 0
                ? model.workplaces.mostSuccessfulMentor(workplace, model.mentors)
                : model.workplaces.availableMentor(workplace, model.mentors);
    }

    /**
     * A hire at the workplace, followed by the mentor (-1: none). The workplace's hires grow (the
     * weights of {@link #probedWorkplace}); the mentor's success is counted and, with probability
     * r / (1 + r), r = reuseSuccessWeight (stream {@link Purpose#REUSE}), the adviser asks it to
     * take one more mentee beside the hired one it still follows, and it agrees, up to
     * mentors.superMenteeCapacity.
     */
    static void recordHire(InclusionModel model, int workplace, int mentor) {
        model.workplaces.recordHire(workplace);
        if (mentor < 0) {
            return;
        }
        MentorTable mentors = model.mentors;
        mentors.successes.add(mentor, 1);
        double r = model.parameters().mentors().reuseSuccessWeight();
        if (r > 0 && model.random().uniform(Purpose.REUSE, mentors.randomKey.get(mentor), model.week(),
                mentors.successes.get(mentor)) < r / (1.0 + r)) {
            mentors.growCapacity(mentor, model.parameters().mentors().superMenteeCapacity());
        }
    }
}
