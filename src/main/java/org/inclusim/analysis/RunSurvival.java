package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-run summaries of the trajectories, so that survival and competing-risk comparisons take the
 * replicate as the unit (the spells of one run are not independent, and the variants of one
 * replicate share their random numbers). For each run:
 * <ul>
 *   <li>{@code job_survival_<t>w}, t = 26, 52, 104: the run's Kaplan-Meier curve of all job spells
 *       just before t (the share of spells that lasted at least t weeks);</li>
 *   <li>{@code job_rmst_104w}: the restricted mean job-spell length up to 104 weeks (the area under
 *       that curve from 0 to 104: the mean weeks a job lasts within its first two years);</li>
 *   <li>{@code cif_<cause>_<t>w}: the Aalen-Johansen cumulative incidence, t weeks after referral,
 *       of a first job ({@code cif_employed_*}) and of leaving the measure to each destination
 *       first ({@code cif_disability_benefit_*}, {@code cif_aap_*}, ...).</li>
 * </ul>
 * A value is empty where the run's curve is not known until t (nobody observed that long).
 */
public final class RunSurvival {
    /** The times of the per-run summaries, weeks. */
    public static final List<Integer> WEEKS = List.of(26, 52, 104);
    /** The horizon of the restricted mean job-spell length, weeks (two years: the longest retention time asked about). */
    public static final int RESTRICTED_WEEKS = 104;
    /** The restricted-mean outcome's name. */
    public static final String RMST = "job_rmst_" + RESTRICTED_WEEKS + "w";

    private RunSurvival() {
    }

    /** The per-run outcome names, in order, for the competing causes {@code causes}. */
    public static List<String> outcomes(List<String> causes) {
        List<String> out = new ArrayList<>();
        WEEKS.forEach(w -> out.add(survival(w)));
        out.add(RMST);
        for (String cause : causes) {
            WEEKS.forEach(w -> out.add(incidence(cause, w)));
        }
        return out;
    }

    /** The job-spell survival outcome at {@code weeks}. */
    public static String survival(int weeks) {
        return "job_survival_" + weeks + "w";
    }

    /** The cumulative-incidence outcome of {@code cause} at {@code weeks} since referral. */
    public static String incidence(String cause, int weeks) {
        return "cif_" + cause + "_" + weeks + "w";
    }

    /** The values of {@link #outcomes(List)} for one run. */
    public static double[] values(Trajectories.RunTrajectory run, List<String> causes) {
        double[] out = new double[WEEKS.size() + 1 + causes.size() * WEEKS.size()];
        KaplanMeier spells = KaplanMeier.estimate(run.jobSpells());
        int i = 0;
        for (int w : WEEKS) {
            out[i++] = spells.survivalBeforeIfKnown(w);
        }
        out[i++] = spells.restrictedMean(RESTRICTED_WEEKS);
        AalenJohansen incidence = AalenJohansen.estimate(CompetingRisks.observations(run.firstEvents(), causes), causes.size());
        for (int k = 0; k < causes.size(); k++) {
            for (int w : WEEKS) {
                out[i++] = incidence.incidenceAt(k, w);
            }
        }
        return out;
    }
}
