package org.inclusim.analysis.cost;

/**
 * A parameter the model no longer has whose value older batches' manifests still hold and price
 * a cost item with ({@link CostItem.Older}). It is declared here with the meaning, unit and source
 * a {@code @Param} would give it (English; the bokmål meaning and unit are the catalogue's
 * {@code parameter.PATH} and {@code parameter_unit.UNIT}, as for every parameter), so a report of
 * such a batch explains the values it shows.
 *
 * @param path   the parameter's path in the older manifests ({@code costs.*})
 * @param doc    what it meant, and that it is retired
 * @param unit   its unit, as a {@code @Param} unit
 * @param source where its value came from
 */
public record RetiredParameter(String path, String doc, String unit, String source) {
}
