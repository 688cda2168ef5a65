package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.inclusim.analysis.Trajectories;
import org.inclusim.presentation.Messages;

/**
 * Where the users are at the horizon, for all users (the group section has the same table by
 * group): the runs.csv shares of being in work and in each destination outside the measure,
 * and, right after disability benefit, the share working beside it (graded uføretrygd,
 * docs/ODD.md 7.5b), a part of those on the benefit. Only the columns a batch has are shown, so
 * an older batch without work beside the benefit gets the table without that column.
 */
final class HorizonPlaces extends Section {
    /** The ending of a runs.csv column that holds the share of users in a place at the horizon. */
    static final String AT_HORIZON = "_share_horizon";
    /** The share working beside disability benefit (also counted in the disability-benefit share). */
    static final String WITH_WORK = "disability_with_work" + AT_HORIZON;

    HorizonPlaces(ReportContext context, Html html) {
        super(context, html);
    }

    /** The share columns in the tables' order, of those {@code has} accepts; the share in work is always first. */
    static List<String> columns(Predicate<String> has) {
        List<String> columns = new ArrayList<>(List.of("employment" + AT_HORIZON));
        for (String stage : Trajectories.STAGES.stream().filter(Trajectories::isDestination).toList()) {
            if (has.test(stage + AT_HORIZON)) {
                columns.add(stage + AT_HORIZON);
            }
            if (stage.equals("disability_benefit") && has.test(WITH_WORK)) {
                columns.add(WITH_WORK);
            }
        }
        return columns;
    }

    /** A column's heading: the place's stage label, or the label of working beside disability benefit. */
    static String label(Messages m, String column) {
        if (column.equals(WITH_WORK)) {
            return m.text("places.disability_with_work");
        }
        String place = column.substring(0, column.length() - AT_HORIZON.length());
        return m.stage(place.equals("employment") ? Trajectories.JOB : place);
    }

    /** The note under a table of places: what the shares are, and what working beside the benefit means if it is shown. */
    static String note(Messages m, String note, List<String> columns) {
        return columns.contains(WITH_WORK) ? m.text(note) + " " + m.text("places.with_work_note") : m.text(note);
    }

    /** The table for all users, by variant, at the report's design point. */
    void render() {
        List<String> columns = columns(column -> c.analysis().data().runs().column(column) >= 0);
        h.heading(3, "places", m.text("places.title"));
        List<String> header = new ArrayList<>(List.of(m.text("col.variant")));
        columns.forEach(column -> header.add(label(m, column)));
        h.raw("<table>\n").header(header);
        for (String variant : c.variants()) {
            List<String> row = new ArrayList<>(List.of(variant));
            for (String column : columns) {
                row.add(new Headline(column, Headline.Kind.SHARE).level(m, c.analysis().summary(variant, c.point(), column)));
            }
            h.row(row);
        }
        h.raw("</table>\n");
        h.paragraph("note", note(m, "places.note", columns));
    }
}
