package org.inclusim.model.parameters;

/**
 * Site profiles after the two AFI project sites. Each profile fixes the labour market and
 * geography the model sees; the numbers are documented in docs/ODD.md (section 6, input data).
 */
public enum SiteProfile {
    /** Suburban Akershus (NAV Asker): larger firms, short distances, 1.9 % unemployment (Sept 2019). */
    AKERSHUS(25, 0.019, 1.0, 0.3, 1.0),
    /** Rural Nord-Trøndelag (NAV Midtre Namdal): small firms, long distances, 1.8 % unemployment. */
    NORD_TRONDELAG(10, 0.018, 0.8, 1.0, 0.75);

    private final double meanWorkplaceSize;
    private final double unemploymentRate;
    private final double opportunityFactor;
    private final double travelHoursPerCloseCaseWeek;
    private final double networkAttendanceFactor;

    SiteProfile(double meanWorkplaceSize, double unemploymentRate, double opportunityFactor,
                double travelHoursPerCloseCaseWeek, double networkAttendanceFactor) {
        this.meanWorkplaceSize = meanWorkplaceSize;
        this.unemploymentRate = unemploymentRate;
        this.opportunityFactor = opportunityFactor;
        this.travelHoursPerCloseCaseWeek = travelHoursPerCloseCaseWeek;
        this.networkAttendanceFactor = networkAttendanceFactor;
    }

    /** Mean number of employees of a workplace (geometric distribution, at least 1). */
    public double meanWorkplaceSize() {
        return meanWorkplaceSize;
    }

    /** Registered unemployment rate; scales the lay-off hazard relative to 1.9 %. */
    public double unemploymentRate() {
        return unemploymentRate;
    }

    /** Multiplier on advisers' weekly chance of a placement opportunity (local labour demand). */
    public double opportunityFactor() {
        return opportunityFactor;
    }

    /** Extra adviser travel hours per close case per week (distances to workplaces). */
    public double travelHoursPerCloseCaseWeek() {
        return travelHoursPerCloseCaseWeek;
    }

    /** Multiplier on network meeting attendance (distances between workplaces). */
    public double networkAttendanceFactor() {
        return networkAttendanceFactor;
    }
}
