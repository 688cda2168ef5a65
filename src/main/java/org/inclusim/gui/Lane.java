package org.inclusim.gui;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.KaplanMeier;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.User;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;

/**
 * One variant's run inside the GUI: its model, built and stepped exactly as a headless single run
 * (same seed, same parameters, the policy switch before the same week, the same weekly
 * observation), plus what only the GUI keeps: histories, the layout and the weekly rows.
 *
 * <p>Stepped on the model thread by {@link LockstepModel}; the display and inspectors read it
 * under the schedule's lock, the charts only through {@link ChartBuffer}.
 */
public final class Lane {
    /** Longest time since job start the retention curve covers, in weeks. */
    static final int RETENTION_WEEKS = 104;

    private final String name;
    private final RunRecipe recipe;
    private final InclusionModel model;
    private final History history = new History();
    private final CommunityLayout layout;
    private final List<WeeklyRow> rows = new ArrayList<>();

    /**
     * Builds and starts the model of one variant.
     *
     * @param guiRandom the GUI's own generator, used for layout jitter only
     */
    Lane(String name, RunRecipe recipe, MersenneTwisterFast guiRandom) {
        this.name = name;
        this.recipe = recipe;
        this.model = new InclusionModel(recipe.seed(), recipe.parametersAt(0));
        model.setTransitionListener(history);
        model.start();
        this.layout = new CommunityLayout(model, history, guiRandom);
        layout.place();
    }

    /** The variant's name. */
    public String name() {
        return name;
    }

    public RunRecipe recipe() {
        return recipe;
    }

    /** The wrapped model (read it under the schedule's lock while the GUI runs). */
    public InclusionModel model() {
        return model;
    }

    public History history() {
        return history;
    }

    public CommunityLayout layout() {
        return layout;
    }

    /** Steps one week as {@code ModelRun} does and returns that week's row. */
    WeeklyRow stepWeek() {
        int next = (int) model.schedule.getSteps();
        if (next > 0 && next == recipe.policyStartWeek()) {
            model.setParameters(recipe.parameters());
        }
        model.schedule.step(model);
        WeeklyRow row = WeeklyObserver.observe(model);
        history.recordStrain(model);
        layout.place();
        synchronized (rows) {
            rows.add(row);
        }
        return row;
    }

    /** The model's state before the first week, as a weekly row (its week is -1; tallies are zero). */
    WeeklyRow startRow() {
        return WeeklyObserver.observe(model);
    }

    /** The week last stepped (weekly.csv's week), or -1 before the first. */
    public int week() {
        return model.week();
    }

    /** True once the horizon of the scenario is reached. */
    boolean finished() {
        return weeksStepped() >= recipe.horizonWeeks();
    }

    public int weeksStepped() {
        synchronized (rows) {
            return rows.size();
        }
    }

    /** The weekly rows so far (a copy), the same rows a headless run writes to weekly.csv. */
    public List<WeeklyRow> rows() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }

    /** The last weekly row, or null before the first week. */
    public WeeklyRow lastRow() {
        synchronized (rows) {
            return rows.isEmpty() ? null : rows.get(rows.size() - 1);
        }
    }

    /**
     * First-job retention so far, by Kaplan-Meier (as the report draws it): element {@code t} is
     * the estimated share of first jobs that last at least {@code t} weeks, jobs still held counted
     * as censored at this week. It never rises, and stops at the longest first job observed.
     */
    double[] retentionCurve() {
        int elapsed = weeksStepped();
        List<KaplanMeier.Observation> jobs = new ArrayList<>();
        double longest = -1;
        for (User u : model.views().users()) {
            int start = u.firstJobStartWeek();
            if (start >= 0) {
                boolean ended = u.firstJobEndWeek() >= 0;
                double weeks = (ended ? u.firstJobEndWeek() : elapsed) - start;
                jobs.add(new KaplanMeier.Observation(weeks, ended));
                longest = Math.max(longest, weeks);
            }
        }
        KaplanMeier km = KaplanMeier.estimate(jobs);
        double[] curve = new double[(int) Math.min(longest, RETENTION_WEEKS) + 1];
        for (int t = 0; t < curve.length; t++) {
            curve[t] = km.survivalBefore(t);
        }
        return curve;
    }

    void finish() {
        model.finish();
    }
}
