package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.GroupStatistics;

/**
 * The report's outcomes by user group, when the scenario has more than one group, read from the
 * group rows of runs.csv (the rest of the report reads the {@code all} rows): for each main
 * outcome a table of groups by variant; where each group's users are at the horizon (in work or
 * in each destination); and, with more than one variant, each variant's paired effects within
 * each group, as the report gives them for all users. Levels are the mean over replicates with
 * its 95 % t interval, a share's clipped to [0, 1]; levels and effects are the analysis's
 * ({@link GroupStatistics}), which the workbook's group sheets hold too.
 */
final class GroupSection extends Section {
    /** The outcomes split by group: the main outcomes that are counted per user. */
    static final List<Headline> OUTCOMES = List.of(
            new Headline("ever_employed_share", Headline.Kind.SHARE),
            new Headline("employment_share_horizon", Headline.Kind.SHARE),
            new Headline("retention_52w", Headline.Kind.SHARE),
            new Headline("mean_weeks_to_first_job", Headline.Kind.WEEKS));

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

    /** Where the users of each group and variant are at the horizon: in work, or in each destination ({@link HorizonPlaces}). */
    private void places(List<String> groups) {
        List<String> columns = HorizonPlaces.columns(column -> c.analysis().data().groupRuns().column(column) >= 0);
        h.heading(3, "groups-places", m.text("groups.places"));
        List<String> header = new ArrayList<>(List.of(m.text("col.variant"), m.text("col.group")));
        columns.forEach(column -> header.add(HorizonPlaces.label(m, column)));
        h.raw("<table>\n").header(header);
        for (String variant : c.variants()) {
            for (String group : groups) {
                List<String> row = new ArrayList<>(List.of(variant, group));
                for (String column : columns) {
                    row.add(cell(new Headline(column, Headline.Kind.SHARE), variant, group));
                }
                h.row(row);
            }
        }
        h.raw("</table>\n");
        h.paragraph("note", HorizonPlaces.note(m, "groups.places_note", columns));
    }

    /** Each variant's paired effects on the main outcomes within each group, against the comparison. */
    private void effects(List<String> groups) {
        if (c.variants().size() < 2) {
            return;
        }
        h.heading(3, "groups-effects", m.text("groups.effects", c.comparison()));
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            List<Analysis.EffectRow> rows = new ArrayList<>();
            for (Headline outcome : OUTCOMES) {
                c.analysis().byGroup().effects().stream().filter(g -> g.group().equals(group)).map(GroupStatistics.EffectRow::effect)
                        .filter(e -> e.point().equals(c.point()) && e.outcome().equals(outcome.column())).forEach(rows::add);
            }
            h.heading(4, "groups-effects-" + i, m.text("groups.effects_for", group));
            new EffectTable(c, h).render(rows, false);
        }
        h.paragraph("note", m.text("groups.effects_note"));
    }

    private String cell(Headline outcome, String variant, String group) {
        return outcome.level(m, c.analysis().byGroup().summary(variant, c.point(), group, outcome.column()));
    }
}
