package org.inclusim.analysis.cost;

import java.util.List;
import java.util.Map;

/**
 * One item of public spending, declared once as a quantity times a unit cost: the quantity is a
 * weekly.csv column per run and week (the first of {@code columns} that the batch has; an item
 * none of whose columns exist is not part of that batch), the unit cost the product of
 * {@code factor} and the named {@code costs.*} parameters. Spending in week w is discounted by
 * (1 + r)^(-w / 52). An item with a {@link Graded graded part} pays that part of its quantity a
 * share of the unit cost.
 *
 * @param key       names the item in costs.csv and the message catalogue ({@code cost.KEY})
 * @param columns   weekly.csv columns holding the quantity, in order of preference
 * @param unitCosts parameter paths whose values multiply into the unit cost
 * @param factor    a constant factor of the unit cost (e.g. 1/52 for a yearly rate paid weekly)
 * @param graded    the part of the quantity paid at a share of the unit cost, or null (all of it in full)
 */
public record CostItem(String key, List<String> columns, List<String> unitCosts, double factor, Graded graded) {
    public CostItem {
        columns = List.copyOf(columns);
        unitCosts = List.copyOf(unitCosts);
        if (columns.isEmpty() || unitCosts.isEmpty()) {
            throw new IllegalArgumentException(key + ": a cost item needs a quantity column and a unit-cost parameter");
        }
    }

    /** An item whose whole quantity is paid the unit cost. */
    public CostItem(String key, List<String> columns, List<String> unitCosts, double factor) {
        this(key, columns, unitCosts, factor, null);
    }

    /**
     * Rule GradedPayment: of an item's quantity in a week, the {@code column} part is paid the
     * fraction {@code share} (a parameter path, a share in [0, 1]) of the unit cost, the rest in
     * full; so the paid quantity is q - (1 - share) x part, and share 1 pays everything in full
     * (the item as if it had no graded part). A batch without the column, or without a value of
     * the share, pays all of it in full.
     *
     * @param column weekly.csv column counting the part, each week a subset of the item's quantity
     * @param share  parameter path of the share of the unit cost paid for the part
     */
    public record Graded(String column, String share) {
    }

    static CostItem of(String key, String column, String... unitCosts) {
        return new CostItem(key, List.of(column), List.of(unitCosts), 1);
    }

    /** The column of {@code header} that holds this item's graded part, or null if it has none or the batch lacks it. */
    public String gradedColumn(List<String> header) {
        return graded != null && header.contains(graded.column()) ? graded.column() : null;
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
