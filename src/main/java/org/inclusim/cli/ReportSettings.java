package org.inclusim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.analysis.RunDigests;
import org.inclusim.analysis.cost.CostItems;
import org.inclusim.analysis.cost.RetiredParameter;
import org.inclusim.experiment.CodeVersion;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.presentation.Language;
import org.inclusim.report.Report;
import org.inclusim.report.ReportOptions;

/**
 * What the command line tells a report: language, the command that made it, the code version, each parameter's meaning, unit and
 * source (the retired ones older batches are priced with included).
 */
final class ReportSettings {
    /** The arguments of this process's command line, for the report's footer. */
    private static volatile List<String> arguments = List.of();

    private ReportSettings() {
    }

    static void arguments(String... args) {
        arguments = List.of(args);
    }

    /** The command line as a user would type it again (arguments with spaces or quotes quoted). */
    static String commandLine() {
        return "inclusim " + arguments.stream().map(ReportSettings::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    static ReportOptions options(Language language, boolean timing) {
        Map<String, ReportOptions.ParameterNote> notes = new LinkedHashMap<>();
        for (ParameterDefinition d : ParameterCatalog.instance().definitions()) {
            notes.put(d.path(), new ReportOptions.ParameterNote(d.doc(), d.unit(), d.source()));
        }
        for (RetiredParameter r : CostItems.RETIRED) {
            notes.putIfAbsent(r.path(), new ReportOptions.ParameterNote(r.doc(), r.unit(), r.source()));
        }
        return new ReportOptions(language, commandLine(), CodeVersion.shortForm(), notes, timing);
    }

    /** Writes the report of a folder (a user error if the folder's results cannot be read or memory runs out). */
    static Report.Result write(Path dir, Language language, boolean timing) throws java.io.IOException {
        return write(dir, language, timing, null);
    }

    /** {@link #write(Path, Language, boolean)} with the digests the batch made of its runs (null: none). */
    static Report.Result write(Path dir, Language language, boolean timing, RunDigests digests) throws java.io.IOException {
        try {
            return Report.make(dir, options(language, timing), digests);
        } catch (AnalysisException e) {
            throw new UserError(e.getMessage());
        } catch (NumberFormatException e) {
            // a streamed table (weekly.csv, events.csv) holds text where the contract has a number
            throw new UserError(dir + ": a table holds a value that is not a number where one belongs (" + e.getMessage()
                    + "); the file is damaged: rerun the batch into a new folder, or merge again");
        } catch (OutOfMemoryError e) {
            throw new UserError(dir + ": the report needs more memory than this JVM may use (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); the tables are complete: rerun 'inclusim report " + dir + "' with a larger heap, e.g. java -Xmx4g -jar inclusim.jar");
        }
    }
}
