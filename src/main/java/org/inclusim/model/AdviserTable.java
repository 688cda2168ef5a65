package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The advisers' weekly state in arrays indexed by adviser id, so that the adviser phase, the
 * intake's search for a caseload with room and the weekly observer stream memory in id order
 * instead of visiting each adviser object, its caseload list and its list of close cases.
 *
 * <p>Per adviser: competence, caseload size, close cases and the week each started close
 * follow-up (unordered, in {@link #stride} slots per adviser; the stride doubles when an adviser
 * needs more), hours so far and weeks of co-working. {@link Adviser} keeps its caseload (the
 * users) and reads the rest from here.
 */
final class AdviserTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private int size;
    private double[] competence = new double[16];
    private int[] caseloadSize = new int[16];
    private int[] closeCases = new int[16];
    private double[] hoursTotal = new double[16];
    private int[] coWorkingWeeks = new int[16];
    /** Close-case slots per adviser in {@link #closeSince}. */
    private int stride = 4;
    private int[] closeSince = new int[16 * 4];

    /** Adds an adviser with no cases; returns its id (ids are consecutive from 0). */
    int add(double initialCompetence) {
        int id = size++;
        if (id == competence.length) {
            int length = id * 2;
            competence = Arrays.copyOf(competence, length);
            caseloadSize = Arrays.copyOf(caseloadSize, length);
            closeCases = Arrays.copyOf(closeCases, length);
            hoursTotal = Arrays.copyOf(hoursTotal, length);
            coWorkingWeeks = Arrays.copyOf(coWorkingWeeks, length);
            closeSince = Arrays.copyOf(closeSince, length * stride);
        }
        competence[id] = initialCompetence;
        return id;
    }

    int size() {
        return size;
    }

    double competence(int id) {
        return competence[id];
    }

    void setCompetence(int id, double value) {
        competence[id] = value;
    }

    int caseloadSize(int id) {
        return caseloadSize[id];
    }

    void changeCaseload(int id, int by) {
        caseloadSize[id] += by;
    }

    int closeCases(int id) {
        return closeCases[id];
    }

    /** Records a close case that started in {@code week}. */
    void startClose(int id, int week) {
        if (closeCases[id] == stride) {
            widen();
        }
        closeSince[id * stride + closeCases[id]++] = week;
    }

    /** Removes one close case that started in {@code week} (the adviser holds one). */
    void endClose(int id, int week) {
        int base = id * stride;
        int last = base + closeCases[id] - 1;
        for (int s = base; s <= last; s++) {
            if (closeSince[s] == week) {
                closeSince[s] = closeSince[last];
                break;
            }
        }
        closeCases[id]--;
    }

    /** Close cases that started less than {@code weeks} weeks before {@code week}. */
    int closeCasesYoungerThan(int id, int weeks, int week) {
        int n = 0;
        for (int s = id * stride, end = s + closeCases[id]; s < end; s++) {
            if (week - closeSince[s] < weeks) {
                n++;
            }
        }
        return n;
    }

    private void widen() {
        int wider = stride * 2;
        int[] copy = new int[competence.length * wider];
        for (int id = 0; id < size; id++) {
            System.arraycopy(closeSince, id * stride, copy, id * wider, closeCases[id]);
        }
        closeSince = copy;
        stride = wider;
    }

    double hoursTotal(int id) {
        return hoursTotal[id];
    }

    void addHours(int id, double hours) {
        hoursTotal[id] += hours;
    }

    int coWorkingWeeks(int id) {
        return coWorkingWeeks[id];
    }

    void addCoWorkingWeek(int id) {
        coWorkingWeeks[id]++;
    }

    /** Sum of the caseloads. */
    int caseloadTotal() {
        int sum = 0;
        for (int id = 0; id < size; id++) {
            sum += caseloadSize[id];
        }
        return sum;
    }

    /** Largest caseload (0 without advisers). */
    int caseloadLargest() {
        int max = 0;
        for (int id = 0; id < size; id++) {
            max = Math.max(max, caseloadSize[id]);
        }
        return max;
    }

    /** Close cases over all advisers. */
    int closeCasesTotal() {
        int sum = 0;
        for (int id = 0; id < size; id++) {
            sum += closeCases[id];
        }
        return sum;
    }
}
