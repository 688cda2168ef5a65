package org.inclusim.gui;

import java.util.List;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.User;

/**
 * A user as the display draws and the inspector shows it: facts in plain words over the model's
 * user, and its trajectory as a timeline. Read-only; positions are kept by the layout.
 */
public final class UserNode implements Inspectable {
    private final User user;
    private final InclusionModel model;
    private final History history;
    /** Angle offset in [0, 1) drawn from the GUI's generator, so nodes at one place do not overlap exactly. */
    final double jitter;

    UserNode(User user, InclusionModel model, History history, double jitter) {
        this.user = user;
        this.model = model;
        this.history = history;
        this.jitter = jitter;
    }

    User user() {
        return user;
    }

    @Override
    public String title() {
        return GuiText.text("gui.title.user", user.id());
    }

    @Override
    public List<Fact> facts(boolean internals) {
        Plain p = new Plain()
                .text("stage", GuiText.messages().stage(user.stage().label()))
                .text("stage_since", GuiText.text("gui.unit.since", Plain.week(user.stageSinceWeek()),
                        Math.max(0, model.week() - user.stageSinceWeek())))
                .week("referral_week", user.referralWeek())
                .text("adviser", adviser())
                .text("workplace", user.workplace() == null ? GuiText.text("gui.none") : GuiText.text("gui.title.workplace", user.workplace().id()))
                .text("mentor", user.mentor() == null ? GuiText.text("gui.none") : GuiText.text("gui.title.mentor", user.mentor().id()))
                .count("placements", user.placements())
                .count("jobs", user.jobs())
                .week("first_job_start", user.firstJobStartWeek())
                .scale("support_need", user.supportNeed())
                .scale("fit", user.fit())
                .text("employability", GuiText.text("gui.unit.employability", GuiText.messages().formats().number(user.employability(), 2)))
                .count("re_referrals", user.reReferrals());
        if (internals) {
            p.internal("id", user.id()).internal("supportNeed", user.supportNeed()).internal("fit", user.fit())
                    .internal("support", user.support()).internal("stageSinceWeek", user.stageSinceWeek())
                    .internal("closeFollowUp", user.closeFollowUp()).internal("caseStartWeek", user.caseStartWeek())
                    .internal("jobStartWeek", user.jobStartWeek()).internal("firstJobEndWeek", user.firstJobEndWeek())
                    .internal("outOfWorkSinceWeek", user.outOfWorkSinceWeek()).internal("employability", user.employability());
        }
        return p.facts();
    }

    private String adviser() {
        if (user.adviser() == null) {
            return GuiText.text("gui.none");
        }
        return GuiText.text(user.closeFollowUp() ? "gui.fact.adviser_close" : "gui.fact.adviser_standard", user.adviser().id());
    }

    /** The trajectory so far as a timeline, job losses marked with their cause. */
    @Override
    public HistoryPicture picture() {
        return new TimelinePanel(() -> history.trajectory(user.id()), model::week);
    }

    @Override
    public String toString() {
        return title();
    }
}
