package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.OutcomeSummary;
import org.inclusim.analysis.ShareOutcomes;
import org.inclusim.io.CsvReader;
import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;

/** The table printed at the end of a batch: the main outcomes per variant, mean and 95 % interval. */
final class BatchSummary {
    private BatchSummary() {
    }

    static String table(Path runsCsv, Messages m) throws IOException {
        Formats f = m.formats();
        CsvReader.Table table = CsvReader.read(runsCsv).rowsWhere("group", "all");
        Map<String, Map<String, List<Double>>> groups = new LinkedHashMap<>();
        int variant = table.column("variant");
        int point = table.column("point");
        for (List<String> row : table.rows()) {
            String key = row.get(variant) + (row.get(point).equals("0") ? "" : " @" + row.get(point));
            Map<String, List<Double>> group = groups.computeIfAbsent(key, k -> new LinkedHashMap<>());
            for (String outcome : OutcomeSummary.MAIN.keySet()) {
                String cell = row.get(table.column(outcome));
                group.computeIfAbsent(outcome, k -> new ArrayList<>()).add(cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %5s", m.text("table.variant"), m.text("table.runs")));
        OutcomeSummary.MAIN.keySet().forEach(o -> sb.append(String.format("  %-22s", m.text("table." + o))));
        sb.append('\n');
        for (Map.Entry<String, Map<String, List<Double>>> g : groups.entrySet()) {
            int runs = g.getValue().values().iterator().next().size();
            sb.append(String.format("%-22s %5s", g.getKey(), f.integer(runs)));
            for (String outcome : OutcomeSummary.MAIN.keySet()) {
                Estimates.Summary s = ShareOutcomes.summarize(outcome,
                        g.getValue().get(outcome).stream().mapToDouble(Double::doubleValue).toArray());
                double scale = ShareOutcomes.isShare(outcome) ? 100 : 1;
                String cell = s.n() == 0 ? f.missing() : cell(s, scale, f, m) + (scale == 100 ? " %" : "");
                sb.append(String.format("  %-22s", cell));
            }
            sb.append('\n');
        }
        return sb.append(m.text("table.note")).append('\n').toString();
    }

    /** The mean and its 95 % interval (a share's within 0 to 100 %), times {@code scale}, one decimal. */
    private static String cell(Estimates.Summary s, double scale, Formats f, Messages m) {
        String mean = f.number(scale * s.mean(), 1);
        return Double.isNaN(s.low()) ? mean + " (" + m.text("table.no_ci") + ")"
                : mean + " (" + f.number(scale * s.low(), 1) + "\u2013" + f.number(scale * s.high(), 1) + ")";
    }
}
