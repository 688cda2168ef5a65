package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.Estimates;
import org.inclusim.io.CsvReader;

/**
 * The main user outcomes by user group, when the scenario has more than one group: for each
 * outcome a table of groups by variant, the mean over replicates with its 95 % t interval, read
 * from the group rows of runs.csv (the rest of the report reads the {@code all} rows).
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
        BatchData data = c.analysis().data();
        List<String> groups = data.groups();
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
                    row.add(cell(outcome, values(data.groupRuns(), variant, c.point(), group, outcome.column())));
                }
                h.row(row);
            }
            h.raw("</table>\n");
        }
        h.paragraph("note", m.text("groups.note"));
    }

    private String cell(Headline outcome, double[] values) {
        Estimates.Summary s = Estimates.summarize(values);
        if (s.n() == 0) {
            return f.missing();
        }
        String mean = outcome.value(f, s.mean());
        return Double.isNaN(s.low()) ? mean : mean + " (" + outcome.value(f, s.low()) + " " + m.text("word.to") + " "
                + outcome.value(f, s.high()) + ")";
    }

    /** One outcome of one group for one variant and point, by replicate; empty cells are left out. */
    static double[] values(CsvReader.Table rows, String variant, String point, String group, String column) {
        int v = rows.column("variant");
        int p = rows.column("point");
        int g = rows.column(BatchData.GROUP);
        int o = rows.column(column);
        return rows.rows().stream().filter(r -> r.get(v).equals(variant) && r.get(p).equals(point) && r.get(g).equals(group)
                        && !r.get(o).isEmpty())
                .mapToDouble(r -> Double.parseDouble(r.get(o))).toArray();
    }
}
