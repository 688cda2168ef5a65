package org.inclusim.cli;

import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;
import picocli.CommandLine.Option;

/** {@code --lang en|nb}: the language of printed summaries and the report. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "en|nb",
            description = "Language of the printed summary and the report: en or nb (default: the scenario's 'language:', "
                    + "else the locale's, else English).")
    String lang;

    /** The language by precedence: --lang, the scenario's, the locale's. */
    Language choose(String scenarioLanguage) {
        try {
            return Language.choose(lang, scenarioLanguage);
        } catch (IllegalArgumentException e) {
            throw new UserError("--lang " + e.getMessage());
        }
    }

    /** The option's language, or null when not given. */
    Language given() {
        return lang == null ? null : choose(null);
    }

    Messages messages(String scenarioLanguage) {
        return Messages.of(choose(scenarioLanguage));
    }
}
