package org.inclusim.model;

import org.inclusim.model.parameters.SearchParameters;

/**
 * Rule: duration dependence that levels off (ODD 7.5.1). The true state dependence of job
 * openings: the longer a user has been out of work, the fewer openings an adviser finds, by
 * D = exp(-search.durationDeclinePerWeek x min(weeks out of work, T)), with T =
 * {@code search.durationDeclineUntilWeeks}; T = 0 means the decline never stops
 * (D = exp(-decline x weeks out of work), the first calibration's form). From T weeks on, D stays
 * at its value at T: most of the fall in employers' callbacks comes in the first eight months of
 * a spell (Kroft, Lange &amp; Notowidigdo 2013). Every opening chance (SearchRule, and the
 * lock-in search of PlacementRule through it) reads D here and nowhere else.
 */
final class DurationDependenceRule {
    private DurationDependenceRule() {
    }

    /**
     * D for a user {@code weeksOutOfWork} weeks out of work, counted from referral or from the end
     * of the user's last job (a placement without a hire does not restart the count). Exactly 1
     * when the decline is 0.
     */
    static double factor(SearchParameters s, int weeksOutOfWork) {
        double decline = s.durationDeclinePerWeek();
        if (decline == 0.0) {
            return 1.0;
        }
        int until = s.durationDeclineUntilWeeks();
        int weeks = until > 0 ? Math.min(weeksOutOfWork, until) : weeksOutOfWork;
        return Math.exp(-decline * weeks);
    }
}
