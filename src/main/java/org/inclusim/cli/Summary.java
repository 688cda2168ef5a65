package org.inclusim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.experiment.RunResult;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;
import org.inclusim.scenario.Scenario;

/** The short, readable summary printed after a run, in the chosen language. */
final class Summary {
    private Summary() {
    }

    static String of(Scenario scenario, RunResult result, Path folder, Messages m) {
        RunOutcomes o = result.outcomes();
        Formats f = m.formats();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {m.text("run.users"), m.text("run.users_value", f.integer(o.usersTotal()),
                f.percent(o.everEmployedShare()), f.percent(o.employmentShareHorizon()))});
        lines.add(new String[] {m.text("run.retention"), m.text("run.retention_value", f.percent(o.retention_26w()),
                f.percent(o.retention_52w()), f.percent(o.retention_104w()))});
        lines.add(new String[] {m.text("run.burnout"), m.text("run.burnout_value", f.readable(o.burnoutPer_100MentorYears()),
                f.percent(o.mentorsEverBurntOutShare()))});
        lines.add(new String[] {m.text("run.pool"), m.text("run.pool_value", f.integer(o.mentorPoolStart()), f.integer(o.mentorPoolEnd()),
                f.integer(o.recruits()), f.integer(o.mentorsQuit()))});
        lines.add(new String[] {m.text("run.spending"), spending(folder, o, m)});
        lines.add(new String[] {m.text("run.results"), folder.toString()});
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 2;
        StringBuilder sb = new StringBuilder();
        sb.append(m.text("run.header", scenario.name(), result.spec().variant(), String.valueOf(scenario.seed()),
                Long.toUnsignedString(result.spec().seed()), f.integer(o.horizonWeeks()), f.number(result.elapsedSeconds(), 2)))
                .append(System.lineSeparator());
        for (String[] l : lines) {
            sb.append("  ").append(l[0]).append(" ".repeat(width - l[0].length())).append(l[1]).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** Public spending of the run (from its tables, as the report computes it) and per sustained job. */
    private static String spending(Path folder, RunOutcomes o, Messages m) {
        Formats f = m.formats();
        try {
            BatchData data = BatchData.load(folder);
            CostAnalysis costs = CostAnalysis.of(data);
            CostAnalysis.ItemRow total = costs.item(data.baseline(), data.points().get(0), "total");
            double nominal = total.nominal().mean();
            return m.text("run.spending_value", f.money(nominal), f.money(total.presentValue().mean()),
                    f.number(100 * costs.discountRate(), 1),
                    o.sustainedJobs() == 0 ? f.missing() : f.money(nominal / o.sustainedJobs()));
        } catch (AnalysisException e) {
            return f.missing();
        }
    }
}
