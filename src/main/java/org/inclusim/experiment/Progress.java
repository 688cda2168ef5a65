package org.inclusim.experiment;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a batch: a bar redrawn in place on a terminal (runs done of total, runs per second,
 * time left, failures), one plain line per tenth of the runs otherwise, or nothing.
 */
public final class Progress {
    public enum Mode { BAR, LINES, QUIET }

    private final PrintStream out;
    private final Mode mode;
    private final long startNanos = System.nanoTime();
    private int total;
    private int done;
    private int failed;
    private int lastTenth = -1;

    public Progress(PrintStream out, Mode mode) {
        this.out = out;
        this.mode = mode;
    }

    /** A bar on a terminal, lines when output goes to a file or pipe, nothing if quiet. */
    public static Progress forConsole(boolean quiet) {
        Mode mode = quiet ? Mode.QUIET : System.console() != null ? Mode.BAR : Mode.LINES;
        return new Progress(System.err, mode);
    }

    synchronized void start(int runs, int alreadyDone) {
        total = runs;
        done = alreadyDone;
        if (mode != Mode.QUIET && alreadyDone > 0) {
            out.printf(Locale.ROOT, "resuming: %d of %d runs already done%n", alreadyDone, runs);
        }
    }

    /**
     * A line about something the user should know even with {@code --quiet}: a damaged part that
     * is redone, a log tail that was cut.
     */
    synchronized void note(String text) {
        if (mode == Mode.BAR && done > 0 && done < total) {
            out.println();
        }
        out.println("note: " + org.inclusim.io.Text.printable(text));
        out.flush();
    }

    synchronized void finished(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (mode == Mode.BAR) {
            out.print("\r" + line());
            if (done == total) {
                out.println();
            }
        } else if (mode == Mode.LINES) {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(line());
            }
        }
        out.flush();
    }

    private String line() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        return String.format(Locale.ROOT, "[%s%s] %d/%d runs, %.1f runs/s, %s left, %d failed",
                "#".repeat(filled), ".".repeat(width - filled), done, total, rate, clock(left), failed);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
