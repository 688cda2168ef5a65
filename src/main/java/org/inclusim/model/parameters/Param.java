package org.inclusim.model.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The single source of documentation and bounds for one model parameter, placed on a component
 * of a parameter record. The YAML key, the record component, the GUI property and the CSV column
 * all derive their name from the component (see {@link ParameterCatalog}).
 *
 * <p>{@code value} is the default, written as it would be in YAML ({@code "12"}, {@code "0.3"},
 * {@code "true"}, {@code "basic"}). {@code min} and {@code max} bound numeric parameters
 * (inclusive); they are ignored for booleans and enums.
 *
 * <p>{@code doc} and {@code unit} are the English, and their only home. Every parameter also needs its
 * bokmål meaning, {@code parameter.PATH=...}, and every unit its bokmål name,
 * {@code parameter_unit.UNIT=...}, in {@code org/inclusim/presentation/messages_nb.properties};
 * {@code ParameterTextsTest} prints the lines that are missing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** The default value, as YAML text. */
    String value();

    /** Inclusive lower bound for numbers. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive upper bound for numbers. */
    double max() default Double.POSITIVE_INFINITY;

    /** Unit of measurement, e.g. "weeks", "share", "per week", "NOK"; "-" when unitless. */
    String unit();

    /** What the parameter means, in one or two sentences. */
    String doc();

    /** Where the default comes from: a reference in docs/evidence, or "assumed, to calibrate". */
    String source();
}
