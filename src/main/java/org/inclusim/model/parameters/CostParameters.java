package org.inclusim.model.parameters;

import java.io.Serializable;

/** Unit costs for the cost per sustained job. */
public record CostParameters(
        @Param(value = "850", min = 0, max = 100_000, unit = "NOK per hour",
                doc = "Cost of one adviser hour, overhead included.",
                source = "assumed")
        double adviserHourNok,
        @Param(value = "600", min = 0, max = 100_000, unit = "NOK per hour",
                doc = "Cost of one mentor hour (what mentortilskudd pays the employer).",
                source = "assumed")
        double mentorHourNok,
        @Param(value = "10000", min = 0, max = 10_000_000, unit = "NOK per mentor",
                doc = "Cost of basic training for one mentor (extended costs twice as much).",
                source = "assumed")
        double trainingNok,
        @Param(value = "5000", min = 0, max = 10_000_000, unit = "NOK per meeting",
                doc = "Cost of facilitating one network meeting.",
                source = "assumed")
        double networkMeetingNok,
        @Param(value = "2000", min = 0, max = 10_000_000, unit = "NOK per contact",
                doc = "Cost of one working-life-centre follow-up contact with a mentor.",
                source = "assumed")
        double followUpContactNok) implements Serializable {
}
