package org.inclusim.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.Parameters;
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
    private static final String NONE = "-";

    /** A read-only figure of one lane. */
    private record Statistic(String name, String description, Function<Lane, Object> value) {
    }

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("week", "Weeks stepped so far.", Lane::weeksStepped),
            new Statistic("users referred", "Users referred so far.", l -> l.model().users().size()),
            stage(Stage.SEEKING), stage(Stage.IN_PLACEMENT), stage(Stage.EMPLOYED), stage(Stage.OUT_OF_WORK),
            stage(Stage.EXITED),
            new Statistic("mentor pool", "Mentors in role (active or on leave).",
                    l -> l.model().mentorCount(MentorState.ACTIVE) + l.model().mentorCount(MentorState.ON_LEAVE)),
            new Statistic("mentors burnt out", "Mentors on leave after a burnout now.",
                    l -> l.model().mentorCount(MentorState.ON_LEAVE)),
            new Statistic("mean strain", "Mean strain of the active mentors in the last week.",
                    l -> l.lastRow() == null ? NONE : String.format(Locale.ROOT, "%.3f", l.lastRow().meanStrain())));

    private final ParameterCatalog catalog = ParameterCatalog.instance();
    private final List<ParameterDefinition> definitions = catalog.definitions();
    private final Supplier<List<Lane>> lanes;
    private final Map<String, Object> edits = new LinkedHashMap<>();
    private Parameters base;
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

    private static Statistic stage(Stage stage) {
        String label = stage.label().replace('_', ' ');
        return new Statistic(label, "Users " + label + " now.", l -> l.model().stageCount(stage));
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
        return true;
    }

    private synchronized Object shownValue(String path) {
        return shown.get(path);
    }

    @Override
    public Properties properties() {
        return new CatalogProperties();
    }

    /** Statistics of both lanes first (the compared lane's shown as "-" when there is none), then the parameters. */
    private final class CatalogProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final int statistics = 2 * STATISTICS.size();

        @Override
        public boolean isVolatile() {
            return true;
        }

        @Override
        public int numProperties() {
            return statistics + definitions.size();
        }

        @Override
        public String getName(int index) {
            if (index < statistics) {
                Statistic s = STATISTICS.get(index % STATISTICS.size());
                return index < STATISTICS.size() ? s.name() : s.name() + " (compared)";
            }
            return definitions.get(index - statistics).path();
        }

        @Override
        public Object getValue(int index) {
            if (index < statistics) {
                List<Lane> running = lanes.get();
                int lane = index / STATISTICS.size();
                return lane < running.size() ? String.valueOf(STATISTICS.get(index % STATISTICS.size()).value().apply(running.get(lane))) : NONE;
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
                return STATISTICS.get(index % STATISTICS.size()).description() + " Read-only.";
            }
            ParameterDefinition d = definitions.get(index - statistics);
            return "<html><b>" + d.path() + "</b><br>" + d.doc() + "<br>unit: " + d.unit() + "; allowed: " + d.allowed()
                    + "; default: " + d.defaultText() + "<br><i>applies at the next start</i></html>";
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
