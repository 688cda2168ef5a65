package org.inclusim.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads inclusion trajectories from events.csv, run by run: job spells (job start to job loss;
 * a job-to-job move continues the spell,
 * censored at the horizon), time from referral to the first job (censored at the horizon for
 * users never employed), the first of a job or a leaving destination (for the competing-risks
 * analysis), and the stage of every user by week since referral (per variant).
 */
public final class Trajectories {
    /** The stages of the model, in its order (the columns of weekly.csv). */
    public static final List<String> STAGES = List.of("referred", "seeking", "in_placement", "employed", "out_of_work",
            "disability_benefit", "aap", "education", "work_without_nav", "other");
    /**
     * The stages inside the measure. Every other stage in events.csv's {@code to} column is a
     * destination: leaving the measure (disability benefit, AAP without follow-up, education, work
     * without NAV, other; batches of the first model have {@code exited}). This list is the one
     * place that says so; a new destination stage needs no code change.
     */
    public static final List<String> IN_MEASURE = List.of("referred", "seeking", "in_placement", "employed", "out_of_work");
    /** The stage whose first entry is the event of interest. */
    public static final String JOB = "employed";

    private final int horizon;
    private final Map<String, List<RunTrajectory>> runsByVariant = new LinkedHashMap<>();
    private final Map<String, Map<String, double[]>> stageByWeekSinceReferral = new LinkedHashMap<>();
    private final Map<String, int[]> usersByWeekSinceReferral = new LinkedHashMap<>();
    private final List<String> stages = new ArrayList<>(STAGES);
    private final List<String> destinations = new ArrayList<>();
    private long rows;

    /** Whether {@code stage} is a destination (outside the measure), by the rule of {@link #IN_MEASURE}. */
    public static boolean isDestination(String stage) {
        return !IN_MEASURE.contains(stage);
    }

    /** A user's first job or first destination, weeks after referral; {@code cause} null if neither by the horizon. */
    public record FirstEvent(double time, String cause) {
    }

    /** The durations of one run, for the per-run summaries that make the replicate the unit. */
    public record RunTrajectory(String runId, String variant, String point, int replicate,
                                List<KaplanMeier.Observation> jobSpells, List<KaplanMeier.Observation> firstJob,
                                List<FirstEvent> firstEvents) {
    }

    /** Events of one user of one run, in order: week and stage entered. */
    private record Move(int week, String to) {
    }

    /**
     * What one run's rows of events.csv add to the whole: its trajectory, and per stage the users
     * in it by week since referral, the users observed by week since referral, and the stages and
     * destinations in the order they came up. Independent of every other run, so it can be made
     * when the run is committed; {@link #add} puts the runs together in plan order.
     */
    static final class RunPart {
        private final RunTrajectory run;
        private final Map<String, double[]> stageCounts = new LinkedHashMap<>();
        private final int[] users;
        private final List<String> stagesSeen = new ArrayList<>();
        private final List<String> destinationsSeen = new ArrayList<>();
        private final long rows;

        private RunPart(RunUsers run, int horizon) {
            this.run = new RunTrajectory(run.run, run.variant, run.point, run.replicate, new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            this.users = new int[horizon];
            this.rows = run.rows;
            for (List<Move> moves : run.users.values()) {
                addUser(moves, horizon);
            }
        }

        String runId() {
            return run.runId();
        }

        /** Roughly the memory this part holds, in bytes: its counts by week and some 48 bytes per event row. */
        long bytes() {
            return 8L * users.length * (stageCounts.size() + 1) + 48L * rows;
        }

        private void addUser(List<Move> moves, int horizon) {
            int referral = moves.get(0).week();
            Integer jobStart = null;
            FirstEvent first = null;
            boolean employedOnce = false;
            for (int i = 0; i < moves.size(); i++) {
                Move m = moves.get(i);
                boolean destination = isDestination(m.to());
                if (destination && !destinationsSeen.contains(m.to())) {
                    destinationsSeen.add(m.to());
                }
                if (first == null && (m.to().equals(JOB) || destination)) {
                    first = new FirstEvent(m.week() - referral, m.to());
                }
                if (m.to().equals(JOB)) {
                    if (jobStart == null) {
                        jobStart = m.week(); // a job-to-job move (employed to employed) continues the spell
                    }
                    if (!employedOnce) {
                        run.firstJob().add(new KaplanMeier.Observation(m.week() - referral, true));
                        employedOnce = true;
                    }
                } else if (jobStart != null) {
                    run.jobSpells().add(new KaplanMeier.Observation(m.week() - jobStart, true));
                    jobStart = null;
                }
                if (!stagesSeen.contains(m.to())) {
                    stagesSeen.add(m.to());
                }
                double[] counts = stageCounts.computeIfAbsent(m.to(), k -> new double[horizon]);
                int from = m.week() - referral;
                int to = i + 1 < moves.size() ? moves.get(i + 1).week() - referral : horizon - referral;
                for (int d = Math.max(0, from); d < to && d < horizon; d++) {
                    counts[d] += 1;
                }
            }
            if (jobStart != null) {
                run.jobSpells().add(new KaplanMeier.Observation(horizon - jobStart, false));
            }
            if (!employedOnce) {
                run.firstJob().add(new KaplanMeier.Observation(horizon - referral, false));
            }
            run.firstEvents().add(first != null ? first : new FirstEvent(horizon - referral, null));
            for (int d = 0; d < horizon - referral; d++) {
                users[d]++;
            }
        }
    }

    private Trajectories(List<String> variants, int horizon) {
        this.horizon = horizon;
        for (String v : variants) {
            runsByVariant.put(v, new ArrayList<>());
            stageByWeekSinceReferral.put(v, new LinkedHashMap<>());
            usersByWeekSinceReferral.put(v, new int[horizon]);
        }
    }

    /**
     * The trajectories of a batch's runs in plan order: from the digests made while the batch
     * ran, if the batch data has them ({@link BatchData#eventDigests}), else from events.csv in
     * one streaming pass. Each run is put together on its own ({@link RunPart}), then added.
     *
     * @throws AnalysisException if a run's rows are not together in events.csv (the file was edited or damaged)
     */
    public static Trajectories of(BatchData data, List<String> variants, int horizon) {
        Trajectories t = new Trajectories(variants, horizon);
        List<RunPart> digested = data.eventDigests(horizon);
        if (digested != null) {
            digested.forEach(t::add);
            return t;
        }
        Reader reader = new Reader(data.eventsHeader(), horizon, t::add);
        data.forEachEventRow(reader::accept);
        reader.finish();
        return t;
    }

    /** One run's rows of events.csv (without header) put together; null if there are none. */
    static RunPart part(List<String> header, List<List<String>> rows, int horizon) {
        List<RunPart> parts = new ArrayList<>();
        Reader reader = new Reader(header, horizon, parts::add);
        rows.forEach(reader::accept);
        reader.finish();
        if (parts.size() > 1) {
            throw new IllegalArgumentException("rows of more than one run");
        }
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** Adds a run (runs in plan order). A run of a variant not analysed counts only its rows. */
    private void add(RunPart part) {
        rows += part.rows;
        List<RunTrajectory> runs = runsByVariant.get(part.run.variant());
        if (runs == null) {
            return;
        }
        runs.add(part.run);
        for (String stage : part.stagesSeen) {
            if (!stages.contains(stage)) {
                stages.add(stage);
            }
        }
        for (String destination : part.destinationsSeen) {
            if (!destinations.contains(destination)) {
                destinations.add(destination);
            }
        }
        Map<String, double[]> byStage = stageByWeekSinceReferral.get(part.run.variant());
        part.stageCounts.forEach((stage, counts) -> {
            double[] sum = byStage.computeIfAbsent(stage, k -> new double[horizon]);
            for (int d = 0; d < horizon; d++) {
                sum[d] += counts[d];
            }
        });
        int[] users = usersByWeekSinceReferral.get(part.run.variant());
        for (int d = 0; d < horizon; d++) {
            users[d] += part.users[d];
        }
    }

    /** Whether events.csv had any rows (with events off, survival curves are not available). */
    public boolean isEmpty() {
        return rows == 0;
    }

    /**
     * Groups events.csv's rows by run: the rows of a run are contiguous (each run's events are
     * written together), so only the current run's users are held; each run is passed on as a
     * {@link RunPart} when its rows end.
     */
    private static final class Reader {
        private final int[] key;
        private final int cUser;
        private final int cWeek;
        private final int cTo;
        private final int horizon;
        private final java.util.function.Consumer<RunPart> parts;
        private final Set<String> finishedRuns = new HashSet<>();
        private final RunUsers current = new RunUsers();

        Reader(List<String> header, int horizon, java.util.function.Consumer<RunPart> parts) {
            this.key = new int[] {header.indexOf("run_id"), header.indexOf("variant"), header.indexOf("point"), header.indexOf("replicate")};
            this.cUser = header.indexOf("user_id");
            this.cWeek = header.indexOf("week");
            this.cTo = header.indexOf("to");
            this.horizon = horizon;
            this.parts = parts;
        }

        void accept(List<String> row) {
            String run = row.get(key[0]);
            if (!run.equals(current.run)) {
                finish();
                if (finishedRuns.contains(run)) {
                    throw new AnalysisException("events.csv: the rows of run " + run + " are not together; the file was edited or is"
                            + " damaged (rerun the batch into a new folder, or merge again)");
                }
                current.start(run, row.get(key[1]), row.get(key[2]), Integer.parseInt(row.get(key[3])));
            }
            current.rows++;
            current.users.computeIfAbsent(row.get(cUser), k -> new ArrayList<>()).add(new Move(Integer.parseInt(row.get(cWeek)), row.get(cTo)));
        }

        /** Passes on the run being read, if any. */
        void finish() {
            if (current.run != null) {
                parts.accept(new RunPart(current, horizon));
                finishedRuns.add(current.run);
                current.run = null;
            }
        }
    }

    /** The users of the run being read, in order of their first event. */
    private static final class RunUsers {
        String run;
        String variant;
        String point;
        int replicate;
        long rows;
        final Map<String, List<Move>> users = new LinkedHashMap<>();

        void start(String runId, String variantName, String pointName, int replicateNumber) {
            run = runId;
            variant = variantName;
            point = pointName;
            replicate = replicateNumber;
            rows = 0;
            users.clear();
        }
    }

    /** The runs of a variant, in file order. */
    public List<RunTrajectory> runs(String variant) {
        return runsByVariant.getOrDefault(variant, List.of());
    }

    /** All job spells of a variant, pooled over its runs (and design points). */
    public List<KaplanMeier.Observation> jobSpells(String variant) {
        return runs(variant).stream().flatMap(r -> r.jobSpells().stream()).toList();
    }

    /** All users' times to first job of a variant, pooled over its runs (and design points). */
    public List<KaplanMeier.Observation> firstJob(String variant) {
        return runs(variant).stream().flatMap(r -> r.firstJob().stream()).toList();
    }

    /** All users' first events of a variant, pooled over its runs (and design points). */
    public List<FirstEvent> firstEvents(String variant) {
        return runs(variant).stream().flatMap(r -> r.firstEvents().stream()).toList();
    }

    /**
     * The competing causes: {@link #JOB} first, then every destination entered in events.csv, those
     * of {@link #STAGES} in its order, others alphabetically.
     */
    public List<String> causes() {
        List<String> out = new ArrayList<>(List.of(JOB));
        STAGES.stream().filter(destinations::contains).forEach(out::add);
        destinations.stream().filter(d -> !STAGES.contains(d)).sorted().forEach(out::add);
        return out;
    }

    /** The stages seen: {@link #STAGES}, then any other stage in order of appearance. */
    public List<String> stages() {
        return List.copyOf(stages);
    }

    /** Share of users in each of {@link #stages()} by week since referral (rows: weeks with users observed). */
    public double[][] stateDistribution(String variant) {
        Map<String, double[]> counts = stageByWeekSinceReferral.get(variant);
        int[] users = usersByWeekSinceReferral.get(variant);
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < users.length && users[d] > 0; d++) {
            double[] shares = new double[stages.size()];
            for (int s = 0; s < shares.length; s++) {
                double[] c = counts.get(stages.get(s));
                shares[s] = c == null ? 0 : c[d] / users[d];
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
