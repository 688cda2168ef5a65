package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.ShareOutcomes;
import org.inclusim.analysis.Trajectories;
import org.inclusim.io.CsvReader;

/**
 * The report's outcomes by user group, when the scenario has more than one group, read from the
 * group rows of runs.csv (the rest of the report reads the {@code all} rows): for each main
 * outcome a table of groups by variant; where each group's users are at the horizon (in work or
 * in each destination); and, with more than one variant, each variant's paired effects within
 * each group, as the report gives them for all users. Levels are the mean over replicates with
 * its 95 % t interval, a share's clipped to [0, 1] ({@link ShareOutcomes}).
 */
final class GroupSection extends Section {
    /** The outcomes split by group: the main outcomes that are counted per user. */
    static final List<Headline> OUTCOMES = List.of(
            new Headline("ever_employed_share", Headline.Kind.SHARE),
            new Headline("employment_share_horizon", Headline.Kind.SHARE),
            new Headline("retention_52w", Headline.Kind.SHARE),
            new Headline("mean_weeks_to_first_job", Headline.Kind.WEEKS));
    /** The column of runs.csv that holds the share of users in a stage at the horizon. */
    static final String AT_HORIZON = "_share_horizon";

    GroupSection(ReportContext context, Html html) {
        super(context, html);
    }

    void render() {
        List<String> groups = c.analysis().data().groups();
        if (groups.size() < 2) {
            return;
        }
        h.heading(2, "groups", m.text("report.section.groups"));
        h.paragraph(null, m.text("groups.intro", String.join(", ", groups)));
        for (Headline outcome : OUTCOMES) {
            h.heading(3, "groups-" + outcome.column(), m.outcome(outcome.column()));
            List<String> header = new ArrayList<>(List.of(m.text("col.group")));
            header.addAll(c.variants());
            h.raw("<table>\n").header(header);
            for (String group : groups) {
                List<String> row = new ArrayList<>(List.of(group));
                for (String variant : c.variants()) {
                    row.add(cell(outcome, variant, group));
                }
                h.row(row);
            }
            h.raw("</table>\n");
        }
        places(groups);
        effects(groups);
        h.paragraph("note", m.text("groups.note"));
    }

    /** Where the users of each group and variant are at the horizon: in work, or in each destination. */
    private void places(List<String> groups) {
        List<String> stages = new ArrayList<>(List.of(Trajectories.JOB));
        Trajectories.STAGES.stream().filter(Trajectories::isDestination)
                .filter(s -> c.analysis().data().groupRuns().column(s + AT_HORIZON) >= 0).forEach(stages::add);
        h.heading(3, "groups-places", m.text("groups.places"));
        List<String> header = new ArrayList<>(List.of(m.text("col.variant"), m.text("col.group")));
        stages.forEach(s -> header.add(m.stage(s)));
        h.raw("<table>\n").header(header);
        for (String variant : c.variants()) {
            for (String group : groups) {
                List<String> row = new ArrayList<>(List.of(variant, group));
                for (String stage : stages) {
                    String column = stage.equals(Trajectories.JOB) ? "employment" + AT_HORIZON : stage + AT_HORIZON;
                    row.add(cell(new Headline(column, Headline.Kind.SHARE), variant, group));
                }
                h.row(row);
            }
        }
        h.raw("</table>\n");
        h.paragraph("note", m.text("groups.places_note"));
    }

    /** Each variant's paired effects on the main outcomes within each group, against the comparison. */
    private void effects(List<String> groups) {
        if (c.variants().size() < 2) {
            return;
        }
        h.heading(3, "groups-effects", m.text("groups.effects", c.comparison()));
        List<String> others = c.variants().subList(1, c.variants().size());
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            List<Analysis.EffectRow> rows = new ArrayList<>();
            for (Headline outcome : OUTCOMES) {
                rows.addAll(Analysis.pairedEffects(c.comparison(), others, c.point(), outcome.column(),
                        v -> values(c.analysis().data().groupRuns(), v, c.point(), group, outcome.column()),
                        Analysis.DEFAULT_PRECISION));
            }
            h.heading(4, "groups-effects-" + i, m.text("groups.effects_for", group));
            new EffectTable(c, h).render(rows, false);
        }
        h.paragraph("note", m.text("groups.effects_note"));
    }

    private String cell(Headline outcome, String variant, String group) {
        double[] values = values(c.analysis().data().groupRuns(), variant, c.point(), group, outcome.column()).values().stream()
                .mapToDouble(Double::doubleValue).toArray();
        Estimates.Summary s = ShareOutcomes.summarize(outcome.column(), values);
        if (s.n() == 0) {
            return f.missing();
        }
        String mean = outcome.value(f, s.mean());
        return Double.isNaN(s.low()) ? mean : mean + " (" + outcome.value(f, s.low()) + " " + m.text("word.to") + " "
                + outcome.value(f, s.high()) + ")";
    }

    /** One outcome of one group for one variant and point, by replicate; NaN for empty cells. */
    static Map<Integer, Double> values(CsvReader.Table rows, String variant, String point, String group, String column) {
        int v = rows.column("variant");
        int p = rows.column("point");
        int g = rows.column(BatchData.GROUP);
        int r = rows.column("replicate");
        int o = rows.column(column);
        Map<Integer, Double> out = new TreeMap<>();
        rows.rows().stream().filter(row -> row.get(v).equals(variant) && row.get(p).equals(point) && row.get(g).equals(group))
                .forEach(row -> out.put(Integer.parseInt(row.get(r)), row.get(o).isEmpty() ? Double.NaN : Double.parseDouble(row.get(o))));
        return out;
    }
}
