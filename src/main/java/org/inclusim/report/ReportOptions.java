package org.inclusim.report;

import java.util.Map;
import org.inclusim.presentation.Language;

/**
 * How a report is made.
 *
 * @param language       the report's language, or null: the scenario's {@code language:}, else the locale's
 * @param command        the command line that made the report, shown in its footer ("" if unknown)
 * @param codeVersion    the version of the code making the report (the batch's own is read from its manifest)
 * @param parameterNotes meaning, unit and source of parameters by path, as declared (English); may be empty
 * @param timing         whether to print how long each phase took
 */
public record ReportOptions(Language language, String command, String codeVersion, Map<String, ParameterNote> parameterNotes,
                            boolean timing) {
    /**
     * What the report says about a parameter, as its {@code @Param} declares it (English): meaning, unit and where its
     * value comes from. The report shows meaning and unit in its language through {@code Messages.parameterMeaning}
     * and {@code Messages.parameterUnit}.
     */
    public record ParameterNote(String meaning, String unit, String source) {
    }

    public ReportOptions {
        command = command == null ? "" : command;
        codeVersion = codeVersion == null ? "" : codeVersion;
        parameterNotes = parameterNotes == null ? Map.of() : Map.copyOf(parameterNotes);
    }

    /** The language of the scenario or the locale, no command, no notes, no timing. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, "", "", Map.of(), false);
    }

    public ReportOptions withLanguage(Language l) {
        return new ReportOptions(l, command, codeVersion, parameterNotes, timing);
    }
}
