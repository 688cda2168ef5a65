package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario's settings (name, file, checksum, seed, horizon, the replications the batch ran, policy start) and
 * every parameter with its meaning, unit and value in each variant, the ones that differ listed
 * first; meaning and unit in the report's language.
 */
final class ParameterSection extends Section {
    ParameterSection(ReportContext context, Html html) {
        super(context, html);
    }

    void render() {
        h.heading(2, "scenario", m.text("report.section.scenario"));
        Map<String, Object> s = c.manifestMap("scenario");
        h.raw("<table>\n");
        row("scenario.name", text(s.get("name")));
        row("scenario.file", text(s.get("file")));
        row("scenario.sha256", text(s.get("sha256")));
        row("scenario.seed", s.get("seed") instanceof Number n ? String.valueOf(n.longValue()) : text(s.get("seed")));
        row("scenario.horizon", whole(s.get("horizon_weeks")));
        row("scenario.replications", f.integer(c.replicationsRun()));
        row("scenario.policy_start", s.get("policy_start_week") == null ? m.text("scenario.policy_start_none")
                : whole(s.get("policy_start_week")));
        h.raw("</table>\n");
        VariantChanges changes = c.changes();
        List<String> header = new ArrayList<>(List.of(m.text("col.parameter"), m.text("col.meaning"), m.text("col.unit"),
                m.text("col.scenario")));
        header.addAll(changes.variants());
        h.heading(3, "varied", m.text("scenario.varied_title"));
        table(header, changes.varied());
        h.raw("<details><summary>").text(m.text("scenario.all_parameters")).raw("</summary>\n");
        table(header, changes.paths());
        h.raw("</details>\n");
    }

    private void table(List<String> header, List<String> paths) {
        h.raw("<table>\n").header(header);
        VariantChanges changes = c.changes();
        for (String path : paths) {
            List<String> cells = new ArrayList<>(List.of(path, c.parameterMeaning(path), c.parameterUnit(path),
                    VariantChanges.display(m, changes.value(null, path))));
            changes.variants().forEach(v -> cells.add(VariantChanges.display(m, changes.value(v, path))));
            h.row(cells);
        }
        h.raw("</table>\n");
    }

    private void row(String key, String value) {
        h.row(List.of(m.text(key), value));
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private String whole(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? f.integer(n.longValue()) : f.readable(n.doubleValue());
        }
        return text(o);
    }
}
