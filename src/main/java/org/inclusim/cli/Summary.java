package org.inclusim.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.inclusim.experiment.RunResult;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Scenario;

/** The short, readable summary printed after a run. */
final class Summary {
    private Summary() {
    }

    static String of(Scenario scenario, RunResult result, Path folder) {
        RunOutcomes o = result.outcomes();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "inclusim run: %s, variant %s, seed %d (run seed %d), %d weeks, %.2f s%n",
                scenario.name(), result.spec().variant(), scenario.seed(), result.spec().seed(), o.horizonWeeks(),
                result.elapsedSeconds()));
        sb.append(String.format(Locale.ROOT, "  users referred          %d, ever employed %s, employed at horizon %s%n",
                o.usersTotal(), percent(o.everEmployedShare()), percent(o.employmentShareHorizon())));
        sb.append(String.format(Locale.ROOT, "  first-job retention     26 weeks %s, 52 weeks %s, 104 weeks %s%n",
                percent(o.retention26w()), percent(o.retention52w()), percent(o.retention104w())));
        sb.append(String.format(Locale.ROOT, "  mentor burnout          %s episodes per 100 mentor-years, %s of mentors ever burnt out%n",
                number(o.burnoutPer100MentorYears()), percent(o.mentorsEverBurntOutShare())));
        sb.append(String.format(Locale.ROOT, "  mentor pool             %d at start, %d at end (%d recruited, %d quit)%n",
                o.mentorPoolStart(), o.mentorPoolEnd(), o.recruits(), o.mentorsQuit()));
        sb.append(String.format(Locale.ROOT, "  cost per sustained job  %s NOK%n", number(o.costPerSustainedJobNok())));
        sb.append("  results in              ").append(folder).append(System.lineSeparator());
        return sb.toString();
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    static String number(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%,.1f", x);
    }
}
