package org.inclusim.analysis.cost;

import java.util.List;

/**
 * The declared items of public spending. A new item (a new quantity column, a new unit cost)
 * is one line here plus its {@code cost.KEY} label in the message catalogue and its parameters
 * in {@code CostParameters}. Items whose quantity column a batch lacks are left out of it, so
 * the items of model parts still to come (benefit stages, wage subsidies, subsidised mentor
 * hours) are declared already and count as soon as weekly.csv has their column. Disability
 * benefit pays its weeks with work beside it a graded share ({@link CostItem.Graded}). Rule
 * SubsidyByHours: a wage subsidy pays, each week, the subsidised hours times the employer's wage
 * cost of an hour times the run's {@code subsidy.*} rate, the rate the hire decision uses (one
 * home for the fact).
 */
public final class CostItems {
    static final double WEEKS_PER_YEAR = 52;
    /**
     * The unit cost of a subsidised job-week in batches made before weekly.csv had subsidised
     * hours (a 60 % position, whatever the job's hours); only their manifests hold it.
     */
    static final String OLDER_WAGE_COST_WEEK = "costs.wageCostWeekNok";
    /**
     * The shares of the wage cost the subsidy paid in those batches (first rate period, later),
     * the price they were reported with; only their manifests hold them. A manifest without them
     * prices the weeks at its {@code subsidy.*} rates.
     */
    static final String OLDER_FIRST_SHARE = "costs.wageSubsidyFirstYearShare";
    static final String OLDER_LATER_SHARE = "costs.wageSubsidyLaterShare";

    /** Every item, in the order of the report. */
    public static final List<CostItem> ALL = List.of(
            CostItem.of("adviser_time", "adviser_hours", "costs.adviserHourNok"),
            new CostItem("mentor_subsidy", List.of("subsidised_mentor_hours", "mentor_hours"), List.of("costs.mentorHourNok"), 1),
            CostItem.of("mentor_training_basic", "mentor_trainings_basic", "costs.trainingNok"),
            CostItem.of("mentor_training_extended", "mentor_trainings_extended", "costs.extendedTrainingNok"),
            CostItem.of("network_meetings", "network_meetings", "costs.networkMeetingNok"),
            CostItem.of("follow_up_contacts", "follow_up_contacts", "costs.followUpContactNok"),
            CostItem.of("work_training", "in_placement", "costs.workTrainingWeekNok"),
            CostItem.of("wage_subsidy_first_year", "wage_subsidy_hours_first_year", "costs.wageCostHourNok", "subsidy.firstRate")
                    .orOlder("wage_subsidy_weeks_first_year", List.of(OLDER_WAGE_COST_WEEK, OLDER_FIRST_SHARE),
                            List.of(OLDER_WAGE_COST_WEEK, "subsidy.firstRate")),
            CostItem.of("wage_subsidy_later", "wage_subsidy_hours_later", "costs.wageCostHourNok", "subsidy.secondRate")
                    .orOlder("wage_subsidy_weeks_later", List.of(OLDER_WAGE_COST_WEEK, OLDER_LATER_SHARE),
                            List.of(OLDER_WAGE_COST_WEEK, "subsidy.secondRate")),
            new CostItem("aap", List.of("aap"), List.of("costs.basicAmountNok", "costs.aapMinimumG"), 1 / WEEKS_PER_YEAR),
            new CostItem("disability_benefit", List.of("disability_benefit"),
                    List.of("costs.basicAmountNok", "costs.disabilityBenefitMinimumG"), 1 / WEEKS_PER_YEAR,
                    new CostItem.Graded("disability_with_work", "costs.disabilityBenefitShareWhenWorking"), null));

    /** The parameter holding the discount rate, in percent per year. */
    public static final String DISCOUNT_RATE = "costs.discountRatePercent";
    /** The parameter holding the price year. */
    public static final String PRICE_YEAR = "costs.priceYear";

    private CostItems() {
    }
}
