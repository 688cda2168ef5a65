package org.inclusim.model.parameters;

import java.io.Serializable;

/** Which site profile the office area resembles, and the work pressure mentors face. */
public record SiteParameters(
        @Param(value = "akershus", unit = "-",
                doc = "Site profile: akershus (suburban, near Oslo) or nord_trondelag (largely rural).",
                source = "AFI project sites: NAV Asker and NAV Midtre Namdal")
        SiteProfile profile,
        @Param(value = "1.0", min = 0, max = 5, unit = "multiplier",
                doc = "Work pressure at the workplaces: scales mentor strain and the pressure others see.",
                source = "assumed (AFI: high work pressure deters mentors)")
        double workPressure) implements Serializable {
}
