package org.inclusim.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.model.Cause;
import org.inclusim.model.GroupTally;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Stage;
import org.inclusim.model.User;
import org.inclusim.model.Views;

/**
 * The outcomes of each user group at the horizon: the group rows of runs.csv. A group row has the
 * user outcomes ({@link #COLUMNS}), hires by route included; the mentor and adviser columns are
 * the run's, not a group's, and stay empty in group rows (the {@code all} row has them). The
 * counts of the groups add up to the {@code all} row's.
 */
public final class GroupOutcomes {
    /** The runs.csv outcome columns a group row fills. */
    public static final List<String> COLUMNS = List.of("horizon_weeks", "users_total", "employed_at_horizon",
            "employment_share_horizon", "ever_employed_share", "retention_26w", "retention_52w", "retention_104w",
            "mean_weeks_to_first_job", "placements_per_user", "hires", "job_loss_quit", "job_loss_fired",
            "job_loss_temporary_ended", "job_loss_laid_off", "sustained_jobs", "disability_benefit_share_horizon",
            "aap_share_horizon", "education_share_horizon", "work_without_nav_share_horizon", "other_share_horizon", "re_referrals",
            "long_hours_share_horizon", "disability_with_work_share_horizon", "hires_direct", "hires_early", "direct_hire_share",
            "hires_close", "subsidised_hires", "job_changes", "close_programme_ends");

    private GroupOutcomes() {
    }

    /** Each group's outcomes by group name in declaration order; empty without user groups. */
    public static Map<String, RunOutcomes> compute(InclusionModel model) {
        Map<String, RunOutcomes> out = new LinkedHashMap<>();
        if (model.parameters().groups().isEmpty()) {
            return out;
        }
        int horizon = model.week() + 1;
        Views view = model.views();
        for (int g = 0; g < view.groupNames().size(); g++) {
            out.put(view.groupNames().get(g), group(model, g, horizon));
        }
        return out;
    }

    /** What a group row counts over the group's users (the rest comes from the model's group counters and tallies). */
    private static final class Tally {
        int users;
        int everEmployed;
        double weeksToFirstJob;
        int placements;
        int longHours;

        static Tally of(InclusionModel model, String group) {
            Tally t = new Tally();
            for (User u : model.views().users()) {
                if (!group.equals(u.group())) {
                    continue;
                }
                t.users++;
                t.placements += u.placements();
                if (u.stage() == Stage.EMPLOYED && u.jobHours() > OutcomeCalculator.LONG_HOURS) {
                    t.longHours++;
                }
                if (u.firstJobStartWeek() >= 0) {
                    t.everEmployed++;
                    t.weeksToFirstJob += u.firstJobStartWeek() - u.referralWeek();
                }
            }
            return t;
        }
    }

    private static RunOutcomes group(InclusionModel model, int g, int horizon) {
        Views view = model.views();
        String name = view.groupNames().get(g);
        Tally t = Tally.of(model, name);
        int users = t.users;
        int employed = view.stageCount(g, Stage.EMPLOYED);
        double nan = Double.NaN;
        GroupTally total = view.totalTally().group(g);
        int hires = view.causeCount(g, Cause.HIRED);
        Map<String, Number> v = new LinkedHashMap<>();
        v.put("horizon_weeks", horizon);
        v.put("users_total", users);
        v.put("employed_at_horizon", employed);
        v.put("employment_share_horizon", share(employed, users));
        v.put("ever_employed_share", share(t.everEmployed, users));
        v.put("retention_26w", OutcomeCalculator.retention(model, horizon, 26, name));
        v.put("retention_52w", OutcomeCalculator.retention(model, horizon, 52, name));
        v.put("retention_104w", OutcomeCalculator.retention(model, horizon, 104, name));
        v.put("mean_weeks_to_first_job", t.everEmployed == 0 ? nan : t.weeksToFirstJob / t.everEmployed);
        v.put("placements_per_user", users == 0 ? nan : (double) t.placements / users);
        v.put("hires", hires);
        v.put("job_loss_quit", view.causeCount(g, Cause.QUIT));
        v.put("job_loss_fired", view.causeCount(g, Cause.FIRED));
        v.put("job_loss_temporary_ended", view.causeCount(g, Cause.TEMPORARY_ENDED));
        v.put("job_loss_laid_off", view.causeCount(g, Cause.LAID_OFF));
        v.put("sustained_jobs", view.sustainedJobs(g));
        v.put("long_hours_share_horizon", employed == 0 ? nan : (double) t.longHours / employed);
        v.put("disability_benefit_share_horizon", share(view.stageCount(g, Stage.DISABILITY_BENEFIT), users));
        v.put("aap_share_horizon", share(view.stageCount(g, Stage.AAP), users));
        v.put("education_share_horizon", share(view.stageCount(g, Stage.EDUCATION), users));
        v.put("work_without_nav_share_horizon", share(view.stageCount(g, Stage.WORK_WITHOUT_NAV), users));
        v.put("other_share_horizon", share(view.stageCount(g, Stage.OTHER), users));
        v.put("re_referrals", total.reReferrals());
        v.put("disability_with_work_share_horizon", share(view.worksOnBenefitCount(g), users));
        v.put("hires_direct", total.hiresDirect());
        v.put("hires_early", total.hiresEarly());
        v.put("direct_hire_share", share(total.hiresDirect(), hires));
        v.put("hires_close", total.hiresClose());
        v.put("subsidised_hires", total.subsidisedHires());
        v.put("job_changes", total.jobChanges());
        v.put("close_programme_ends", total.closeProgrammeEnds());
        if (!v.keySet().equals(new java.util.HashSet<>(COLUMNS))) {
            throw new IllegalStateException("a group row fills " + v.keySet() + ", not its COLUMNS " + COLUMNS);
        }
        return RowSchema.fromColumns(RunOutcomes.class, v);
    }

    /** A group row's outcome cells: the group's outcomes in {@link #COLUMNS}, empty cells elsewhere. */
    public static List<Object> cells(RunOutcomes outcomes) {
        List<Object> all = outcomes.cells();
        Object[] cells = new Object[all.size()];
        for (int i = 0; i < cells.length; i++) {
            if (COLUMNS.contains(RunOutcomes.COLUMNS.get(i))) {
                cells[i] = all.get(i);
            }
        }
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
