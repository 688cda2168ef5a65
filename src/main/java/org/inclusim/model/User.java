package org.inclusim.model;

import java.io.Serializable;

/**
 * A job seeker with complex support needs: a read-only view of row {@link #id()} of the model's
 * {@link UserTable}, for observers, inspectors and tests. Every getter reads the table, so it
 * shows the state as of the last phase run.
 */
public final class User implements Serializable {
    private static final long serialVersionUID = 2L;

    private final InclusionModel model;
    private final int id;

    User(InclusionModel model, int id) {
        this.model = model;
        this.id = id;
    }

    private UserTable table() {
        return model.users;
    }

    public int id() {
        return id;
    }

    /** The user's group, by name ({@code all} without user groups). */
    public String group() {
        return model.groups.names().get(table().group.get(id));
    }

    public int referralWeek() {
        return table().referralWeek.get(id);
    }

    /** Support need in [0, 1]: the complexity of the case. */
    public double supportNeed() {
        return table().supportNeed.get(id);
    }

    /** Work fit in [0, 1]: how well the user masters the job; grows on the job with support. */
    public double fit() {
        return table().fit.get(id);
    }

    /** Support received in the last week it was computed (mentor plus adviser). */
    public double support() {
        return table().support.get(id);
    }

    public Stage stage() {
        return table().stage(id);
    }

    public int stageSinceWeek() {
        return table().stageSinceWeek.get(id);
    }

    /** The adviser following the user, or null. */
    public Adviser adviser() {
        return model.views.adviser(table().adviser.get(id));
    }

    /** True if the adviser gives this case close, job-specialist follow-up. */
    public boolean closeFollowUp() {
        return table().close(id);
    }

    /** Week the current adviser took the case, or -1. */
    public int caseStartWeek() {
        return table().caseStartWeek.get(id);
    }

    /** Workplace of the current placement or job, or null. */
    public Workplace workplace() {
        return model.views.workplace(table().workplace.get(id));
    }

    /** The mentor following the user, or null. */
    public Mentor mentor() {
        return model.views.mentor(table().mentor.get(id));
    }

    public int placements() {
        return table().placements.get(id);
    }

    public int jobs() {
        return table().jobs.get(id);
    }

    /** Week the current job started, or -1. */
    public int jobStartWeek() {
        return table().jobStartWeek.get(id);
    }

    /** Latent employability theta (mean 1; 1 for everyone when users.employabilitySpread is 0). */
    public double employability() {
        return table().employability(id);
    }

    /** Week the user first left the measure for a destination, or -1. */
    public int firstLeftWeek() {
        return table().firstLeftWeek.get(id);
    }

    /** True if the user is on disability benefit and works beside it (graded benefit; {@code DisabilityWorkRule}). */
    public boolean worksOnBenefit() {
        return table().worksOnBenefit.isSet(id);
    }

    /** Times the user was referred again after a destination. */
    public int reReferrals() {
        return table().reReferrals.get(id);
    }

    /** Week the first job started, or -1 if never employed. */
    public int firstJobStartWeek() {
        return table().firstJobStartWeek.get(id);
    }

    /** Week the current time out of work began: referral or the end of the last job. */
    public int outOfWorkSinceWeek() {
        return table().outOfWorkSinceWeek.get(id);
    }

    /** Week the first job ended, or -1 if it has not ended. */
    public int firstJobEndWeek() {
        return table().firstJobEndWeek.get(id);
    }

    /** The mentor who supports the user in the background (natural support, past the subsidised weeks), or null. */
    public Mentor naturalMentor() {
        return model.views.mentor(table().naturalMentor.get(id));
    }

    /** Match of the current placement or job with the user's preferences, in [0, 1]. */
    public double match() {
        return table().match.get(id);
    }

    /** Weekly hours of the current job (0 without one). */
    public double jobHours() {
        return table().hours.get(id);
    }

    /** Start of the current job's wage subsidy, or -1 if the job is not subsidised. */
    public int subsidyStartWeek() {
        return table().subsidyStartWeek.get(id);
    }
}
