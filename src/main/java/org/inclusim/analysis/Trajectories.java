package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvReader;

/**
 * Reads inclusion trajectories from events.csv: job spells (job start to job loss, censored at the
 * horizon), time from referral to the first job (censored at the horizon for users never
 * employed), and the stage of every user by week since referral.
 */
public final class Trajectories {
    /** The stages, in the order of the model. */
    public static final List<String> STAGES = List.of("referred", "seeking", "in_placement", "employed", "out_of_work", "exited");

    private final Map<String, List<KaplanMeier.Observation>> jobSpells = new LinkedHashMap<>();
    private final Map<String, List<KaplanMeier.Observation>> firstJob = new LinkedHashMap<>();
    private final Map<String, double[][]> stageByWeekSinceReferral = new LinkedHashMap<>();
    private final Map<String, int[]> usersByWeekSinceReferral = new LinkedHashMap<>();

    /** Events of one user of one run, in order: week and stage entered. */
    private record Move(int week, String to) {
    }

    public static Trajectories of(CsvReader.Table events, List<String> variants, int horizon) {
        Trajectories t = new Trajectories();
        int cVariant = events.column("variant");
        int cRun = events.column("run_id");
        int cUser = events.column("user_id");
        int cWeek = events.column("week");
        int cTo = events.column("to");
        Map<String, Map<String, List<Move>>> byVariant = new LinkedHashMap<>();
        for (String v : variants) {
            byVariant.put(v, new LinkedHashMap<>());
        }
        for (List<String> row : events.rows()) {
            Map<String, List<Move>> users = byVariant.get(row.get(cVariant));
            if (users != null) {
                users.computeIfAbsent(row.get(cRun) + "/" + row.get(cUser), k -> new ArrayList<>())
                        .add(new Move(Integer.parseInt(row.get(cWeek)), row.get(cTo)));
            }
        }
        for (var e : byVariant.entrySet()) {
            t.add(e.getKey(), e.getValue().values(), horizon);
        }
        return t;
    }

    private void add(String variant, Iterable<List<Move>> users, int horizon) {
        List<KaplanMeier.Observation> spells = new ArrayList<>();
        List<KaplanMeier.Observation> first = new ArrayList<>();
        double[][] stageCounts = new double[horizon][STAGES.size()];
        int[] userCounts = new int[horizon];
        for (List<Move> moves : users) {
            int referral = moves.get(0).week();
            Integer jobStart = null;
            boolean employedOnce = false;
            for (int i = 0; i < moves.size(); i++) {
                Move m = moves.get(i);
                if (m.to().equals("employed")) {
                    jobStart = m.week();
                    if (!employedOnce) {
                        first.add(new KaplanMeier.Observation(m.week() - referral, true));
                        employedOnce = true;
                    }
                } else if (jobStart != null) {
                    spells.add(new KaplanMeier.Observation(m.week() - jobStart, true));
                    jobStart = null;
                }
                int from = m.week() - referral;
                int to = i + 1 < moves.size() ? moves.get(i + 1).week() - referral : horizon - referral;
                int stage = STAGES.indexOf(m.to());
                for (int d = Math.max(0, from); d < to && d < horizon; d++) {
                    stageCounts[d][stage] += 1;
                }
            }
            if (jobStart != null) {
                spells.add(new KaplanMeier.Observation(horizon - jobStart, false));
            }
            if (!employedOnce) {
                first.add(new KaplanMeier.Observation(horizon - referral, false));
            }
            for (int d = 0; d < horizon - referral; d++) {
                userCounts[d]++;
            }
        }
        jobSpells.put(variant, spells);
        firstJob.put(variant, first);
        stageByWeekSinceReferral.put(variant, stageCounts);
        usersByWeekSinceReferral.put(variant, userCounts);
    }

    public List<KaplanMeier.Observation> jobSpells(String variant) {
        return jobSpells.getOrDefault(variant, List.of());
    }

    public List<KaplanMeier.Observation> firstJob(String variant) {
        return firstJob.getOrDefault(variant, List.of());
    }

    /** Share of users in each stage by week since referral (rows: weeks with users observed). */
    public double[][] stateDistribution(String variant) {
        double[][] counts = stageByWeekSinceReferral.get(variant);
        int[] users = usersByWeekSinceReferral.get(variant);
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < counts.length && users[d] > 0; d++) {
            double[] shares = new double[STAGES.size()];
            for (int s = 0; s < shares.length; s++) {
                shares[s] = counts[d][s] / users[d];
            }
            rows.add(shares);
        }
        return rows.toArray(new double[0][]);
    }

    /** Users observed at each week since referral. */
    public int[] usersObserved(String variant) {
        return usersByWeekSinceReferral.get(variant);
    }
}
