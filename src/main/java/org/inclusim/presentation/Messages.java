package org.inclusim.presentation;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalogue: every user-facing sentence, label, title and axis in bokmål and
 * English, from {@code messages_nb.properties} and {@code messages_en.properties} beside this
 * class (UTF-8). Keys are named by meaning ({@code report.section.costs}, {@code stage.employed},
 * {@code outcome.employment_share_horizon}); placeholders are {@code {0}}, {@code {1}}, ...,
 * filled with already formatted text (see {@link Formats}). A test renders every key in both
 * languages, so a key missing from one file, or a placeholder left unfilled, fails the build.
 *
 * <p>Parameters are the one exception to "every key in both files": a parameter's English meaning and
 * unit live in its {@code @Param} declaration only, and the bokmål catalogue alone holds
 * {@code parameter.PATH} (meaning) and {@code parameter_unit.UNIT} (unit) keys. Read them through
 * {@link #parameterMeaning} and {@link #parameterUnit}.
 *
 * <p>Use from anywhere: {@code Messages.of(Language.NB).text("legend.title")}. Instances are
 * immutable and cached per language.
 */
public final class Messages {
    private static final String BUNDLE = "org.inclusim.presentation.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private static final String PARAMETER_PREFIX = "parameter.";
    private static final String UNIT_PREFIX = "parameter_unit.";
    /** The unit of a parameter that has none. */
    public static final String NO_UNIT = "-";

    private final Language language;
    private final ResourceBundle bundle;
    private final Formats formats;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.formats = new Formats(language);
    }

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    /** Number, money and date formats of this language. */
    public Formats formats() {
        return formats;
    }

    /** Every key of the catalogue. */
    public Set<String> keys() {
        return new TreeSet<>(bundle.keySet());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of {@code key} with {@code {i}} replaced by {@code args[i]} (as text).
     *
     * @throws MissingResourceException if the key is not in the catalogue (a programming error:
     *                                  the catalogue test lists every key)
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(sb).toString();
    }

    /** The text of {@code key} if the catalogue has it, else {@code fallback}. */
    public String textOr(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** How many placeholders ({@code {0}}, {@code {1}}, ...) a key's text takes. */
    public int placeholders(String key) {
        Matcher m = PLACEHOLDER.matcher(bundle.getString(key));
        int n = 0;
        while (m.find()) {
            n = Math.max(n, m.group(1).charAt(0) - '0' + 1);
        }
        return n;
    }

    private static final Pattern JOB_SURVIVAL = Pattern.compile("job_survival_(\\d+)w");
    private static final Pattern JOB_RMST = Pattern.compile("job_rmst_(\\d+)w");
    private static final Pattern INCIDENCE = Pattern.compile("cif_(.+)_(\\d+)w");

    /**
     * Plain-language name of an outcome: a runs.csv column, or one of the analysis's per-run
     * summaries ({@code job_survival_52w}, {@code job_rmst_104w}, {@code cif_employed_26w}); the
     * column with spaces if the catalogue has nothing for it.
     */
    public String outcome(String column) {
        if (has("outcome." + column)) {
            return text("outcome." + column);
        }
        Matcher m = JOB_SURVIVAL.matcher(column);
        if (m.matches()) {
            return text("outcome.job_survival", m.group(1));
        }
        m = JOB_RMST.matcher(column);
        if (m.matches()) {
            return text("outcome.job_rmst", m.group(1));
        }
        m = INCIDENCE.matcher(column);
        if (m.matches()) {
            return text("outcome.cif", cause(m.group(1)), m.group(2));
        }
        return column.replace('_', ' ');
    }

    /** A competing event after referral: a first job ({@code employed}) or leaving for a destination stage. */
    public String cause(String cause) {
        return has("cause." + cause) ? text("cause." + cause) : text("cause.destination", stage(cause));
    }

    /** Plain-language name of a stage (as written in weekly.csv and events.csv). */
    public String stage(String stage) {
        return textOr("stage." + stage, stage.replace('_', ' '));
    }

    /** Plain-language name of a cost item. */
    public String costItem(String item) {
        return textOr("cost." + item, item.replace('_', ' '));
    }

    /** The catalogue key of a parameter's bokmål meaning: {@code parameter.PATH}, e.g. {@code parameter.network.enabled}. */
    public static String parameterKey(String path) {
        return PARAMETER_PREFIX + path;
    }

    /**
     * The catalogue key of a parameter unit's bokmål name: {@code parameter_unit.} and the English unit with every
     * character other than a letter, digit or hyphen replaced by {@code _} ({@code NOK per hour} gives
     * {@code parameter_unit.NOK_per_hour}).
     */
    public static String unitKey(String unit) {
        return UNIT_PREFIX + unit.replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** Whether a key belongs to the parameter texts, which only the bokmål catalogue holds (English lives in {@code @Param}). */
    public static boolean isParameterKey(String key) {
        return key.startsWith(PARAMETER_PREFIX) || key.startsWith(UNIT_PREFIX);
    }

    /**
     * What a parameter means, in this language: the English of its declaration ({@code @Param(doc = ...)}, passed in
     * as {@code declared}) in English, the catalogue's {@code parameter.PATH} in bokmål. The one way the report, the
     * workbook and the GUI name a parameter's meaning; a parameter without a bokmål text (which a test forbids)
     * shows its English.
     */
    public String parameterMeaning(String path, String declared) {
        return language == Language.EN ? declared : textOr(parameterKey(path), declared);
    }

    /**
     * A parameter's unit in this language: the declared English unit ({@code @Param(unit = ...)}) in English, its
     * {@code parameter_unit.*} name in bokmål ({@code weeks} gives {@code uker}, {@code NOK per hour} gives
     * {@code kr per time}); {@code -} (no unit) stays as it is.
     */
    public String parameterUnit(String declared) {
        return language == Language.EN || NO_UNIT.equals(declared) ? declared : textOr(unitKey(declared), declared);
    }

    /** Plain-language name of a mentor state ({@code active}, {@code on_leave}, {@code quit}, {@code burnt_out}). */
    public String mentorState(String state) {
        return textOr("mentor_state." + state, state.replace('_', ' '));
    }
}
