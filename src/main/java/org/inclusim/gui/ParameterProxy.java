package org.inclusim.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.presentation.Messages;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * What the Console's Model tab shows: live read-only statistics of the running lanes, then every
 * parameter of the catalogue, named by its path, with a slider over its validation bounds (a
 * pop-up for choices, a check box for switches) and a tooltip with its meaning, unit, range and
 * default. It is MASON's bean proxy (getX/setX/domX/desX) generated from {@link ParameterCatalog}
 * rather than written by hand, so the GUI cannot drift from the records' validation.
 *
 * <p>Edits are kept as overrides of the chosen variant and apply at the next start, to every lane;
 * a value the catalogue rejects is refused (MASON beeps) and the old value stays.
 */
public final class ParameterProxy implements Propertied {
    /** A read-only figure of one lane: its catalogue key ({@code gui.stat.KEY} and {@code gui.stat.KEY.doc}) and value. */
    private record Statistic(String key, Function<Lane, Object> value) {
        String name() {
            return key.startsWith("stage.") ? GuiText.messages().stage(key.substring(6)) : GuiText.text("gui.stat." + key);
        }

        String description() {
            return key.startsWith("stage.") ? GuiText.text("gui.stat.stage.doc", name()) : GuiText.text("gui.stat." + key + ".doc");
        }
    }

    /**
     * The figures: the week, users referred, users per stage (every stage the model has), the
     * mentor pool, mentors per state (every state the model has: those in the role now, and those
     * who quit the role or left the workplace over the run, which are absorbing states and not
     * drawn in the display) and strain.
     */
    private static List<Statistic> statistics() {
        List<Statistic> all = new ArrayList<>();
        all.add(new Statistic("week", l -> l.week() < 0 ? GuiText.text("gui.stat.week.start") : Integer.toString(l.week())));
        all.add(new Statistic("users", l -> l.model().views().users().size()));
        for (Stage stage : Stage.values()) {
            all.add(new Statistic("stage." + stage.label(), l -> l.model().views().stageCount(stage)));
        }
        all.add(new Statistic("mentor_pool", l -> l.model().views().mentorPool()));
        for (MentorState state : MentorState.values()) {
            all.add(new Statistic(mentorStateKey(state), l -> l.model().views().mentorCount(state)));
        }
        all.add(new Statistic("mean_strain", l -> l.lastRow() == null ? GuiText.messages().formats().missing()
                : GuiText.messages().formats().number(l.lastRow().meanStrain(), 3)));
        return List.copyOf(all);
    }

    private static final List<Statistic> STATISTICS = statistics();

    /** The catalogue key of a mentor state's figure, after {@code gui.stat.} (and before {@code .doc}). */
    static String mentorStateKey(MentorState state) {
        return "mentors." + state.label();
    }

    /**
     * The parameters the Model tab offers: every catalogue parameter that changes a run. Unit
     * costs ({@code costs.*}) are left out: the model never reads them (the report's cost
     * analysis applies them afterwards), so a slider for them would change nothing on screen.
     */
    static List<ParameterDefinition> shownParameters() {
        return ParameterCatalog.instance().definitions().stream().filter(d -> !d.group().equals(COSTS)).toList();
    }

    /** The group of the unit costs, which the model does not read. */
    static final String COSTS = "costs";

    private final ParameterCatalog catalog = ParameterCatalog.instance();
    private final List<ParameterDefinition> definitions = shownParameters();
    private final Supplier<List<Lane>> lanes;
    private final Map<String, Object> edits = new LinkedHashMap<>();
    private Parameters base;
    /** Told after each accepted edit (the GUI redraws the start of the next run). */
    private Runnable onEdit = () -> { };
    /** The values shown, by path: {@link #current()} read once per change, not once per property. */
    private Map<String, Object> shown;

    /**
     * @param base  the chosen variant's parameters, shown until edited
     * @param lanes the running lanes, for the statistics
     */
    ParameterProxy(Parameters base, Supplier<List<Lane>> lanes) {
        this.base = base;
        this.lanes = lanes;
        this.shown = catalog.values(base);
    }

    /** Sets what to tell after each accepted edit. */
    void onEdit(Runnable listener) {
        onEdit = listener;
    }

    /** Shows another variant's parameters and forgets the edits. */
    synchronized void reset(Parameters newBase) {
        base = newBase;
        edits.clear();
        shown = catalog.values(base);
    }

    /** The edits so far, by parameter path. */
    public synchronized Map<String, Object> edits() {
        return Map.copyOf(edits);
    }

    /** The parameters the Model tab shows: the variant's with the edits. */
    public synchronized Parameters current() {
        return catalog.with(base, edits);
    }

    /** A run with the edits applied before and after its policy week. */
    synchronized RunRecipe withEdits(RunRecipe recipe) {
        if (edits.isEmpty()) {
            return recipe;
        }
        return new RunRecipe(recipe.seed(), recipe.horizonWeeks(), catalog.with(recipe.parameters(), edits),
                catalog.with(recipe.policyParameters(), edits), recipe.policyStartWeek());
    }

    /**
     * Sets a parameter as the Model tab does.
     *
     * @return false if the catalogue rejects the value (nothing changes)
     */
    public synchronized boolean edit(String path, Object value) {
        Map<String, Object> tried = new LinkedHashMap<>(edits);
        tried.put(path, value);
        try {
            catalog.with(base, tried);
        } catch (IllegalArgumentException e) {
            return false;
        }
        edits.put(path, catalog.find(path).orElseThrow().coerce(value));
        shown = catalog.values(current());
        onEdit.run();
        return true;
    }

    private synchronized Object shownValue(String path) {
        return shown.get(path);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public Properties properties() {
        return new CatalogProperties();
    }

    /**
     * The statistics of each lane first (the compared lane's only when a variant is compared),
     * then the parameters. The number of lanes is read at each update (the properties are
     * volatile, so MASON rebuilds the tab when it changes).
     */
    private final class CatalogProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private int statistics = STATISTICS.size() * Math.max(1, lanes.get().size());

        @Override
        public boolean isVolatile() {
            return true;
        }

        @Override
        public int numProperties() {
            statistics = STATISTICS.size() * Math.max(1, lanes.get().size());
            return statistics + definitions.size();
        }

        @Override
        public String getName(int index) {
            if (index < statistics) {
                Statistic s = STATISTICS.get(index % STATISTICS.size());
                List<Lane> running = lanes.get();
                int lane = index / STATISTICS.size();
                return running.size() < 2 ? s.name() : s.name() + " (" + (lane == 0 ? "A" : "B") + ": " + running.get(lane).name() + ")";
            }
            return definitions.get(index - statistics).path();
        }

        @Override
        public Object getValue(int index) {
            if (index < statistics) {
                List<Lane> running = lanes.get();
                int lane = index / STATISTICS.size();
                return lane < running.size() ? String.valueOf(STATISTICS.get(index % STATISTICS.size()).value().apply(running.get(lane)))
                        : GuiText.messages().formats().missing();
            }
            Object value = shownValue(definitions.get(index - statistics).path());
            return value instanceof Enum<?> e ? Integer.valueOf(e.ordinal()) : value;
        }

        @Override
        public boolean isReadWrite(int index) {
            return index >= statistics;
        }

        @Override
        public Class<?> getType(int index) {
            if (index < statistics) {
                return String.class;
            }
            Class<?> type = definitions.get(index - statistics).type();
            return type.isEnum() ? Integer.TYPE : type;
        }

        @Override
        public Object getDomain(int index) {
            if (index < statistics) {
                return null;
            }
            ParameterDefinition d = definitions.get(index - statistics);
            if (d.type().isEnum()) {
                return d.allowed().split(", ");
            }
            if (d.type() == boolean.class || Double.isInfinite(d.min()) || Double.isInfinite(d.max())) {
                return null;
            }
            return d.type() == int.class ? new Interval((long) d.min(), (long) d.max()) : new Interval(d.min(), d.max());
        }

        @Override
        public String getDescription(int index) {
            if (index < statistics) {
                return STATISTICS.get(index % STATISTICS.size()).description() + " " + GuiText.text("gui.stat.read_only");
            }
            ParameterDefinition d = definitions.get(index - statistics);
            Messages m = GuiText.messages();
            return m.text("gui.parameter.tooltip", escape(d.path()), escape(m.parameterMeaning(d.path(), d.doc())),
                    escape(m.parameterUnit(d.unit())), escape(d.allowed()), escape(d.defaultText()));
        }

        @Override
        protected Object _setValue(int index, Object value) {
            if (index < statistics) {
                return null;
            }
            ParameterDefinition d = definitions.get(index - statistics);
            Object raw = d.type().isEnum() && value instanceof Integer ordinal ? d.type().getEnumConstants()[ordinal] : value;
            return edit(d.path(), raw) ? getValue(index) : null;
        }
    }
}
