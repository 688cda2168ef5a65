package org.inclusim.gui;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.observe.WeeklyRow;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The state MASON's Console drives: one or two {@link Lane}s (variants of one scenario, each
 * with its own model and the same run seed) stepped together, one week per MASON step. Each start
 * builds fresh models from the lane setups given last.
 *
 * <p>MASON's generator of this state ({@link #random}) is the GUI's own: the Console seeds it and
 * the layout draws its jitter from it. The models never see it; their randomness comes from their
 * run seed alone, which is why the GUI and a headless run give the same weekly rows.
 */
public final class LockstepModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** A lane to build at the next start: a variant's name and its run. */
    public record LaneSetup(String name, RunRecipe recipe) {
    }

    private final transient ChartBuffer buffer;
    private transient List<LaneSetup> setups = List.of();
    private transient List<Lane> lanes = List.of();
    /** True while {@link #lanes} are a preview of {@link #setups} that has not been stepped. */
    private transient boolean previewed;

    /**
     * @param guiSeed seed of the GUI's own generator (the Console reseeds it before each start)
     * @param buffer  where weekly rows go for the charts
     */
    public LockstepModel(long guiSeed, ChartBuffer buffer) {
        super(guiSeed);
        this.buffer = buffer;
    }

    /** Sets the lanes the next {@link #start()} builds (one or two). */
    public void prepare(List<LaneSetup> next) {
        if (next.isEmpty() || next.size() > 2) {
            throw new IllegalArgumentException("one or two lanes, not " + next.size());
        }
        if (!next.equals(setups)) {
            previewed = false;
        }
        setups = List.copyOf(next);
    }

    /**
     * Builds the lanes of the prepared setups at their start, before the first week, without
     * starting the schedule, so that the display and the charts show the starting point before
     * Play. The next {@link #start()} with the same setups runs these very lanes.
     */
    public void preview() {
        build();
        previewed = true;
    }

    @Override
    public void start() {
        super.start();
        if (!previewed) {
            build();
        }
        previewed = false;
        schedule.scheduleOnce(0.0, new WeekStep());
    }

    /** True while the lanes show the start of a run that has not been played yet. */
    public boolean atStart() {
        return previewed;
    }

    private void build() {
        for (Lane old : lanes) {
            old.finish();
        }
        List<Lane> built = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (LaneSetup setup : setups) {
            built.add(new Lane(setup.name(), setup.recipe(), random));
            names.add(setup.name());
        }
        lanes = List.copyOf(built);
        buffer.reset(names);
        for (int i = 0; i < lanes.size(); i++) {
            buffer.addStart(i, lanes.get(i).startRow(), lanes.get(i).retentionCurve());
        }
    }

    /** The lanes of the current run, in order (the first is the chosen variant). */
    public List<Lane> lanes() {
        return lanes;
    }

    /**
     * Steps every lane one week and schedules itself for the next, up to the scenario's horizon;
     * then the schedule is empty and the Console stops.
     */
    private final class WeekStep implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            for (int i = 0; i < lanes.size(); i++) {
                Lane lane = lanes.get(i);
                WeeklyRow row = lane.stepWeek();
                buffer.add(i, row, lane.retentionCurve());
            }
            if (!lanes.get(0).finished()) {
                schedule.scheduleOnceIn(1.0, this);
            }
        }
    }
}
