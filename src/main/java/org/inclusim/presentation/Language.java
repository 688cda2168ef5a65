package org.inclusim.presentation;

import java.util.Locale;

/**
 * The languages of user-facing text. Chosen, first match wins, by a {@code --lang} option, a
 * scenario's {@code language:} key, the locale of the machine (bokmål for Norwegian: {@code nb},
 * {@code no} or {@code nn}), and otherwise English.
 */
public enum Language {
    EN("en", Locale.UK),
    NB("nb", Locale.forLanguageTag("nb-NO"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used by {@code --lang} and {@code language:}: {@code en} or {@code nb}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language of a code ({@code en} or {@code nb}, case-insensitive).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Language parse(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a language; allowed: en, nb");
    }

    /** Bokmål for a Norwegian locale (nb, no, nn), English for any other. */
    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> NB;
            default -> EN;
        };
    }

    /**
     * The language by precedence: the option if given, then the scenario's, then the default
     * locale's.
     *
     * @param option   a {@code --lang} value or null
     * @param scenario a scenario's {@code language:} value or null
     */
    public static Language choose(String option, String scenario) {
        if (option != null) {
            return parse(option);
        }
        if (scenario != null && !scenario.isBlank()) {
            return parse(scenario);
        }
        return of(Locale.getDefault());
    }
}
