package org.inclusim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.inclusim.observe.WeeklyRow;

/**
 * The hand-over from the model thread to the charts: the model thread appends each lane's weekly
 * row and latest retention curve without waiting; a Swing timer drains everything at once on the
 * event thread, so drawing never slows the model down. A reset (at each start) carries the lane
 * names and tells the charts to begin new series.
 */
public final class ChartBuffer {
    /**
     * One lane's row of one week, drawn at {@code week}: the row's own week, or 0 for the state
     * at the start (before the first week), which the row of week 0 then replaces.
     */
    public record Point(int lane, int week, WeeklyRow row) {
    }

    /**
     * What accumulated since the last drain.
     *
     * @param generation increases at every reset
     * @param laneNames  the variants of the current run, in lane order
     * @param points     new weekly rows, oldest first
     * @param retention  the latest retention curve per lane, or null where none arrived
     */
    public record Batch(int generation, List<String> laneNames, List<Point> points, double[][] retention) {
    }

    private final ConcurrentLinkedQueue<Point> points = new ConcurrentLinkedQueue<>();
    private volatile AtomicReferenceArray<double[]> retention = new AtomicReferenceArray<>(0);
    private volatile int generation;
    private volatile List<String> laneNames = List.of();

    /** Starts a new run with these lanes; drops whatever was not drained. */
    synchronized void reset(List<String> names) {
        points.clear();
        laneNames = List.copyOf(names);
        retention = new AtomicReferenceArray<>(names.size());
        generation++;
    }

    /** Called on the model thread after each lane's week. */
    void add(int lane, WeeklyRow row, double[] retentionCurve) {
        addAt(lane, row.week(), row, retentionCurve);
    }

    /** The state of a lane at its start, before the first week, drawn at week 0 until week 0's row replaces it. */
    void addStart(int lane, WeeklyRow start, double[] retentionCurve) {
        addAt(lane, 0, start, retentionCurve);
    }

    private void addAt(int lane, int week, WeeklyRow row, double[] retentionCurve) {
        points.add(new Point(lane, week, row));
        AtomicReferenceArray<double[]> current = retention;
        if (lane < current.length()) {
            current.set(lane, retentionCurve);
        }
    }

    /** Takes everything that accumulated (called on the event thread). */
    synchronized Batch drain() {
        List<Point> taken = new ArrayList<>();
        for (Point p = points.poll(); p != null; p = points.poll()) {
            taken.add(p);
        }
        double[][] curves = new double[retention.length()][];
        for (int i = 0; i < curves.length; i++) {
            curves[i] = retention.getAndSet(i, null);
        }
        return new Batch(generation, laneNames, taken, curves);
    }
}
