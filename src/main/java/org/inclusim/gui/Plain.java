package org.inclusim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusim.model.Cause;
import org.inclusim.presentation.Formats;

/**
 * Inspector facts in plain words: labels from the catalogue ({@code gui.fact.*}), values rounded
 * to what a reader can use (two decimals on 0-1 scales, whole hours), with their units, in the
 * GUI's language. Internals keep the model's own name and full precision.
 */
final class Plain {
    private final List<Inspectable.Fact> facts = new ArrayList<>();

    private static Formats formats() {
        return GuiText.messages().formats();
    }

    /** A fact whose label is {@code gui.fact.KEY} and whose value is already text. */
    Plain text(String key, String value) {
        facts.add(new Inspectable.Fact(GuiText.text("gui.fact." + key), value));
        return this;
    }

    /** A count, e.g. "2". */
    Plain count(String key, long value) {
        return text(key, formats().integer(value));
    }

    /** A week number, e.g. "week 12", or "-" if negative (never). */
    Plain week(String key, int week) {
        return text(key, week(week));
    }

    /** A value on a 0-to-1 scale with two decimals, e.g. "0.66 (0 to 1)". */
    Plain scale(String key, double value) {
        return text(key, GuiText.text("gui.unit.scale", formats().number(value, 2)));
    }

    /** Hours, whole, e.g. "123 hours". */
    Plain hours(String key, double value) {
        return text(key, GuiText.text("gui.unit.hours", formats().number(value, 0)));
    }

    /** Yes or no. */
    Plain yes(String key, boolean value) {
        return text(key, GuiText.text(value ? "gui.yes" : "gui.no"));
    }

    /** An internal state variable under its model name, at full precision. */
    Plain internal(String name, Object value) {
        String shown = value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : String.valueOf(value);
        facts.add(new Inspectable.Fact(name, shown));
        return this;
    }

    List<Inspectable.Fact> facts() {
        return List.copyOf(facts);
    }

    /** "week 12", or "-" for a week that has not happened (negative). */
    static String week(int week) {
        return week < 0 ? "-" : GuiText.text("gui.unit.week", formats().integer(week));
    }

    /** A cause of a stage change in plain words (catalogue {@code gui.cause.NAME}). */
    static String cause(Cause cause) {
        return GuiText.messages().textOr("gui.cause." + cause.label(), cause.label().replace('_', ' '));
    }
}
