package org.inclusim.analysis.cost;

import java.util.List;
import java.util.Map;

/**
 * One item of public spending, declared once as a quantity times a unit cost: the quantity is a
 * weekly.csv column per run and week (the first of {@code columns} that the batch has; an item
 * none of whose columns exist is not part of that batch), the unit cost the product of
 * {@code factor} and the named parameters ({@code costs.*}, or a model parameter such as
 * {@code subsidy.firstRate}). Spending in week w is discounted by
 * (1 + r)^(-w / 52). An item with a {@link Graded graded part} pays that part of its quantity a
 * share of the unit cost. An item whose quantity changed its unit may price the older column of
 * a batch made before the change at the older unit cost ({@link Older}).
 *
 * @param key       names the item in costs.csv and the message catalogue ({@code cost.KEY})
 * @param columns   weekly.csv columns holding the quantity, in order of preference
 * @param unitCosts parameter paths whose values multiply into the unit cost
 * @param factor    a constant factor of the unit cost (e.g. 1/52 for a yearly rate paid weekly)
 * @param graded    the part of the quantity paid at a share of the unit cost, or null (all of it in full)
 * @param older     the quantity of batches that have none of {@code columns}, in an older unit, or null
 */
public record CostItem(String key, List<String> columns, List<String> unitCosts, double factor, Graded graded, Older older) {
    public CostItem {
        columns = List.copyOf(columns);
        unitCosts = List.copyOf(unitCosts);
        if (columns.isEmpty() || unitCosts.isEmpty()) {
            throw new IllegalArgumentException(key + ": a cost item needs a quantity column and a unit-cost parameter");
        }
    }

    /** An item whose whole quantity is paid the unit cost. */
    public CostItem(String key, List<String> columns, List<String> unitCosts, double factor) {
        this(key, columns, unitCosts, factor, null, null);
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

    /**
     * Rule OlderQuantity: a batch made before an item's quantity got its present unit has the
     * quantity only in an older column; it is priced from that column at the older unit cost,
     * whose parameters its manifest holds, so an older batch keeps the costs it was reported
     * with, whatever its variants or design set. A manifest that lacks one of those parameters
     * (a hand-made one) is priced at the {@code fallback} unit cost instead. Used only when the
     * batch has none of the item's own columns.
     *
     * @param column    weekly.csv column of the older quantity
     * @param unitCosts parameter paths whose values multiply into the older unit cost (with the item's factor)
     * @param fallback  parameter paths of the unit cost of the older column when the manifest lacks one of {@code unitCosts}
     */
    public record Older(String column, List<String> unitCosts, List<String> fallback) {
        public Older {
            unitCosts = List.copyOf(unitCosts);
            fallback = List.copyOf(fallback);
        }
    }

    /** This item with an older quantity, priced at {@code olderUnitCosts} or else {@code fallback}, for batches made before its columns existed. */
    CostItem orOlder(String column, List<String> olderUnitCosts, List<String> fallback) {
        return new CostItem(key, columns, unitCosts, factor, graded, new Older(column, olderUnitCosts, fallback));
    }

    static CostItem of(String key, String column, String... unitCosts) {
        return new CostItem(key, List.of(column), List.of(unitCosts), 1);
    }

    /** The column of {@code header} that holds this item's graded part, or null if it has none or the batch lacks it. */
    public String gradedColumn(List<String> header) {
        return graded != null && header.contains(graded.column()) ? graded.column() : null;
    }

    /** The column of {@code header} that holds this item's quantity (else its {@link Older older} one), or null if the batch has none. */
    public String quantityColumn(List<String> header) {
        String column = columns.stream().filter(header::contains).findFirst().orElse(null);
        return column == null && older != null && header.contains(older.column()) ? older.column() : column;
    }

    /**
     * The parameter paths of the unit cost of the quantity in {@code column}: for the older column
     * the older ones if {@code batch} (the manifest's resolved parameters, path to value, NaN or
     * absent where it has none) holds all of them, else the fallback.
     */
    public List<String> unitCostsOf(String column, Map<String, Double> batch) {
        if (older == null || !older.column().equals(column)) {
            return unitCosts;
        }
        boolean held = older.unitCosts().stream().allMatch(path -> batch.get(path) != null && !batch.get(path).isNaN());
        return held ? older.unitCosts() : older.fallback();
    }

    /** The unit cost in NOK of a quantity priced at the parameter {@code paths}, with the given values (path to value). */
    public double unitCost(Map<String, Double> parameters, List<String> paths) {
        double cost = factor;
        for (String path : paths) {
            Double v = parameters.get(path);
            if (v == null) {
                throw new IllegalArgumentException("cost item " + key + ": no value for parameter " + path);
            }
            cost *= v;
        }
        return cost;
    }
}
