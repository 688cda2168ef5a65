package org.inclusim.model.parameters;

import java.util.Locale;

/**
 * The one rule that turns a name in the code into a CSV column name: dots become underscores,
 * an underscore goes between a lowercase letter or digit and the uppercase letter after it, and
 * everything is lowercase ({@code placement.plannedWeeks} gives {@code placement_planned_weeks},
 * {@code top10StrainShare} gives {@code top10_strain_share}). Parameters and the components of
 * the output rows are both named by it.
 */
public final class ColumnName {
    private ColumnName() {
    }

    public static String of(String name) {
        return name.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
