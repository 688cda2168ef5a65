package org.inclusim.observe;

import java.util.List;

/** Test helper: the saw-tooth a shared follow-up cycle leaves in weekly mean strain. */
public final class StrainSawTooth {
    private StrainSawTooth() {
    }

    /**
     * Amplitude of the component of period {@code period} weeks of weekly mean strain over the
     * weeks the project funds follow-up (from week 4 to {@code endWeek}, the project's end),
     * relative to the mean.
     */
    public static double periodicAmplitude(List<WeeklyRow> weekly, int period, int endWeek) {
        int end = Math.min(weekly.size(), endWeek);
        double re = 0;
        double im = 0;
        double sum = 0;
        int n = 0;
        for (int w = 4; w < end; w++) {
            double x = weekly.get(w).meanStrain();
            re += x * Math.cos(2 * Math.PI * w / period);
            im -= x * Math.sin(2 * Math.PI * w / period);
            sum += x;
            n++;
        }
        return 2 * Math.hypot(re, im) / n / (sum / n);
    }
}
