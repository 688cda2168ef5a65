package org.inclusim.analysis.cost;

import java.util.List;
import java.util.Map;

/**
 * One item of public spending, declared once as a quantity times a unit cost: the quantity is a
 * weekly.csv column per run and week (the first of {@code columns} that the batch has; an item
 * none of whose columns exist is not part of that batch), the unit cost the product of
 * {@code factor} and the named {@code costs.*} parameters. Spending in week w is discounted by
 * (1 + r)^(-w / 52).
 *
 * @param key       names the item in costs.csv and the message catalogue ({@code cost.KEY})
 * @param columns   weekly.csv columns holding the quantity, in order of preference
 * @param unitCosts parameter paths whose values multiply into the unit cost
 * @param factor    a constant factor of the unit cost (e.g. 1/52 for a yearly rate paid weekly)
 */
public record CostItem(String key, List<String> columns, List<String> unitCosts, double factor) {
    public CostItem {
        columns = List.copyOf(columns);
        unitCosts = List.copyOf(unitCosts);
        if (columns.isEmpty() || unitCosts.isEmpty()) {
            throw new IllegalArgumentException(key + ": a cost item needs a quantity column and a unit-cost parameter");
        }
    }

    static CostItem of(String key, String column, String... unitCosts) {
        return new CostItem(key, List.of(column), List.of(unitCosts), 1);
    }

    /** The column of {@code header} that holds this item's quantity, or null if the batch has none. */
    public String quantityColumn(List<String> header) {
        return columns.stream().filter(header::contains).findFirst().orElse(null);
    }

    /** The unit cost in NOK with the given parameter values (path to value). */
    public double unitCost(Map<String, Double> parameters) {
        double cost = factor;
        for (String path : unitCosts) {
            Double v = parameters.get(path);
            if (v == null) {
                throw new IllegalArgumentException("cost item " + key + ": no value for parameter " + path);
            }
            cost *= v;
        }
        return cost;
    }
}
