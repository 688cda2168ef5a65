package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private long rows;

    /** Events of one user of one run, in order: week and stage entered. */
    private record Move(int week, String to) {
    }

    /**
     * Reads events.csv in one streaming pass. The rows of a run are contiguous (each run's events
     * are written together), so only the current run's users are held; each user's trajectory is
     * counted when its run ends. Users are counted per variant in file order, as if the whole table
     * had been read.
     *
     * @throws AnalysisException if a run's rows are not together (the file was edited or damaged)
     */
    public static Trajectories of(BatchData data, List<String> variants, int horizon) {
        Trajectories t = new Trajectories();
        List<String> header = data.eventsHeader();
        int cVariant = header.indexOf("variant");
        int cRun = header.indexOf("run_id");
        int cUser = header.indexOf("user_id");
        int cWeek = header.indexOf("week");
        int cTo = header.indexOf("to");
        Map<String, Counts> byVariant = new LinkedHashMap<>();
        for (String v : variants) {
            byVariant.put(v, new Counts(horizon));
        }
        Set<String> finishedRuns = new HashSet<>();
        RunUsers current = new RunUsers();
        data.forEachEventRow(row -> {
            t.rows++;
            String run = row.get(cRun);
            if (!run.equals(current.run)) {
                current.countInto(byVariant);
                if (current.run != null) {
                    finishedRuns.add(current.run);
                }
                if (finishedRuns.contains(run)) {
                    throw new AnalysisException("events.csv: the rows of run " + run + " are not together; the file was edited or is"
                            + " damaged (rerun the batch into a new folder, or merge again)");
                }
                current.start(run, row.get(cVariant));
            }
            current.users.computeIfAbsent(row.get(cUser), k -> new ArrayList<>())
                    .add(new Move(Integer.parseInt(row.get(cWeek)), row.get(cTo)));
        });
        current.countInto(byVariant);
        byVariant.forEach((variant, counts) -> {
            t.jobSpells.put(variant, counts.spells);
            t.firstJob.put(variant, counts.first);
            t.stageByWeekSinceReferral.put(variant, counts.stages);
            t.usersByWeekSinceReferral.put(variant, counts.users);
        });
        return t;
    }

    /** Whether events.csv had any rows (with events off, survival curves are not available). */
    public boolean isEmpty() {
        return rows == 0;
    }

    /** The users of the run being read, in order of their first event. */
    private static final class RunUsers {
        String run;
        String variant;
        final Map<String, List<Move>> users = new LinkedHashMap<>();

        void start(String runId, String variantName) {
            run = runId;
            variant = variantName;
            users.clear();
        }

        void countInto(Map<String, Counts> byVariant) {
            Counts counts = variant == null ? null : byVariant.get(variant);
            if (counts != null) {
                users.values().forEach(moves -> counts.add(moves));
            }
        }
    }

    /** One variant's job spells, first jobs and stages by week since referral, user by user. */
    private static final class Counts {
        final int horizon;
        final List<KaplanMeier.Observation> spells = new ArrayList<>();
        final List<KaplanMeier.Observation> first = new ArrayList<>();
        final double[][] stages;
        final int[] users;

        Counts(int horizon) {
            this.horizon = horizon;
            this.stages = new double[horizon][STAGES.size()];
            this.users = new int[horizon];
        }

        void add(List<Move> moves) {
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
                    stages[d][stage] += 1;
                }
            }
            if (jobStart != null) {
                spells.add(new KaplanMeier.Observation(horizon - jobStart, false));
            }
            if (!employedOnce) {
                first.add(new KaplanMeier.Observation(horizon - referral, false));
            }
            for (int d = 0; d < horizon - referral; d++) {
                users[d]++;
            }
        }
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
