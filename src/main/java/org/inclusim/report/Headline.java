package org.inclusim.report;

import java.util.List;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;

/**
 * A main outcome of the report: its runs.csv (or cost) column and what kind of number it is,
 * which decides how values and differences are written.
 */
record Headline(String column, Kind kind) {
    enum Kind { SHARE, WEEKS, RATE, COUNT, MONEY }

    /** The outcomes of the summary and the forest plot, in order; spending last. */
    static final List<Headline> ALL = List.of(
            new Headline("ever_employed_share", Kind.SHARE),
            new Headline("employment_share_horizon", Kind.SHARE),
            new Headline("retention_52w", Kind.SHARE),
            new Headline(org.inclusim.analysis.RunSurvival.RMST, Kind.WEEKS),
            new Headline("burnout_per_100_mentor_years", Kind.RATE),
            new Headline("mentor_pool_end", Kind.COUNT),
            new Headline(CostAnalysis.SPENDING, Kind.MONEY));

    static boolean isHeadline(String column) {
        return ALL.stream().anyMatch(h -> h.column().equals(column));
    }

    /** Plain-language name, e.g. "the share employed at the horizon". */
    String label(Messages m) {
        return m.outcome(column);
    }

    /** A level: 30.0 %, 3.8, 47.3, 1 234 567 kr. */
    String value(Formats f, double x) {
        return switch (kind) {
            case SHARE -> f.percent(x);
            case WEEKS -> f.readable(x);
            case MONEY -> f.money(x);
            default -> f.readable(x);
        };
    }

    /** A level with its 95 % interval, "30.0 % (27.1 to 32.9 %)"; the interval left out where it is not available, "-" without replicates. */
    String level(Messages m, Estimates.Summary s) {
        Formats f = m.formats();
        if (s == null || s.n() == 0) {
            return f.missing();
        }
        String mean = value(f, s.mean());
        return Double.isNaN(s.low()) ? mean : mean + " (" + value(f, s.low()) + " " + m.text("word.to") + " " + value(f, s.high()) + ")";
    }

    /** A difference in the unit of a sentence: shares in percentage points. */
    String difference(Messages m, double d) {
        Formats f = m.formats();
        return switch (kind) {
            case SHARE -> m.text("unit.points", f.number(100 * d, 1));
            case WEEKS -> m.text("unit.weeks", f.readable(d));
            case MONEY -> f.money(d);
            default -> f.readable(d);
        };
    }

    /** A bare number in the unit of {@link #difference} (for intervals). */
    String bare(Formats f, double d) {
        return switch (kind) {
            case SHARE -> f.number(100 * d, 1);
            case MONEY -> f.money(d);
            default -> f.readable(d);
        };
    }

    /** The scale of the forest plot's axis: points for shares, thousands of kroner for money. */
    double plotScale() {
        return switch (kind) {
            case SHARE -> 100;
            case MONEY -> 0.001;
            default -> 1;
        };
    }

    /** The forest-plot axis label: the outcome and its unit. */
    String axisLabel(Messages m) {
        return m.text("forest.axis." + kind.name().toLowerCase(java.util.Locale.ROOT), m.outcome(column));
    }
}
