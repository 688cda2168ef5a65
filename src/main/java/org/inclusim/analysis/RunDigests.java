package org.inclusim.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.inclusim.io.CsvReader;

/**
 * What the statistics read from each run's rows of weekly.csv and events.csv, made while a batch
 * runs: as each run finishes, the rows its worker appends to its part segment are parsed once,
 * on that worker's thread, into the
 * numbers of weekly.csv the weekly bands and the costs use ({@link WeeklyRun}) and the run's
 * trajectories ({@link Trajectories.RunPart}). The report after the runs then puts these
 * together in plan order instead of reading the two largest tables again; the values are those
 * it would read from the files, parsed by the same code.
 *
 * <p>The digests stand in for the files only if they are those of exactly the runs in runs.csv,
 * made with its headers and horizon ({@link BatchData#load(java.nio.file.Path, RunDigests)});
 * otherwise (a resumed batch, whose earlier runs were committed by another process, or one that
 * redid a damaged run) the report
 * reads the files. A run that cannot be digested, or digests that outgrow their memory budget (an
 * eighth of the heap), make all of them unused: they only save time, and the files say the same.
 * Safe to add to from several threads.
 */
public final class RunDigests {
    /** One run's digest. */
    record Digest(WeeklyRun weekly, Trajectories.RunPart events) {
    }

    private final List<String> weeklyHeader;
    private final List<String> eventsHeader;
    private final List<String> weeklyColumns;
    private final int horizon;
    private final long budgetBytes;
    private final Map<String, Digest> byRun = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean usable = true;

    /**
     * @param weeklyHeader  weekly.csv's header
     * @param eventsHeader  events.csv's header
     * @param weeklyColumns the columns of weekly.csv to keep (those the statistics read: {@link Analysis#weeklyColumns}
     *                      and the costs')
     * @param horizon       the runs' horizon in weeks
     */
    public RunDigests(List<String> weeklyHeader, List<String> eventsHeader, List<String> weeklyColumns, int horizon) {
        this(weeklyHeader, eventsHeader, weeklyColumns, horizon, Runtime.getRuntime().maxMemory() / 8);
    }

    /** Digests that are given up once they hold more than {@code budgetBytes} (roughly). */
    RunDigests(List<String> weeklyHeader, List<String> eventsHeader, List<String> weeklyColumns, int horizon, long budgetBytes) {
        this.weeklyHeader = List.copyOf(weeklyHeader);
        this.eventsHeader = List.copyOf(eventsHeader);
        this.weeklyColumns = List.copyOf(weeklyColumns);
        this.horizon = horizon;
        this.budgetBytes = budgetBytes;
    }

    /** Digests a finished run from its rows of weekly.csv and events.csv (CSV without a header line). */
    public void add(String runId, InputStream weeklyRows, InputStream eventRows) {
        if (!usable) {
            return;
        }
        try {
            List<WeeklyRun> weekly = new ArrayList<>();
            WeeklyRun.Builder builder = new WeeklyRun.Builder(weeklyHeader, weeklyColumns);
            CsvReader.rows(weeklyRows, row -> {
                WeeklyRun ended = builder.add(row);
                if (ended != null) {
                    weekly.add(ended);
                }
            });
            WeeklyRun last = builder.finish();
            if (last != null) {
                weekly.add(last);
            }
            List<List<String>> events = new ArrayList<>();
            CsvReader.rows(eventRows, events::add);
            if (weekly.size() != 1 || !weekly.get(0).runId().equals(runId)) {
                throw new IllegalArgumentException("weekly.csv rows of run " + runId + " are not one run's");
            }
            Digest digest = new Digest(weekly.get(0), Trajectories.part(eventsHeader, events, horizon));
            if (digest.events() != null && !digest.events().runId().equals(runId)) {
                throw new IllegalArgumentException("events.csv rows of run " + runId + " are another run's");
            }
            long size = 8L * (weeklyColumns.size() + 1) * weekly.get(0).size() + (digest.events() == null ? 0 : digest.events().bytes());
            if (bytes.addAndGet(size) > budgetBytes) {
                giveUp();
                return;
            }
            byRun.put(runId, digest);
        } catch (IOException | RuntimeException e) {
            giveUp();
        }
    }

    /** Drops every digest (a run's rows could not be read): the report reads the files instead. */
    public void giveUp() {
        usable = false;
        byRun.clear();
    }

    /**
     * The digests of exactly these runs, in this order, if they were made with these headers and
     * this horizon; else null.
     */
    List<Digest> of(List<String> runIds, List<String> weekly, List<String> events, int horizonWeeks) {
        if (!usable || !weekly.equals(weeklyHeader) || !events.equals(eventsHeader) || horizonWeeks != horizon
                || byRun.size() != runIds.size()) {
            return null;
        }
        List<Digest> out = new ArrayList<>(runIds.size());
        for (String id : runIds) {
            Digest d = byRun.get(id);
            if (d == null) {
                return null;
            }
            out.add(d);
        }
        return out;
    }

    /** Whether the weekly digests hold every one of these columns. */
    boolean hasWeekly(Collection<String> columns) {
        return weeklyColumns.containsAll(columns);
    }
}
