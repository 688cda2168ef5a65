package org.inclusim.model;

import org.inclusim.model.parameters.NetworkParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: mentor network meetings. Group g meets in weeks where week mod meetingIntervalWeeks
 * equals g mod meetingIntervalWeeks, if the meeting is funded on this occasion. Each mentoring
 * member (active or stepped back) attends with probability attendanceShare x the site's
 * attendance factor x its own attendance propensity (stream {@link Purpose#ATTENDANCE}); with at
 * least two attendees, each loses strainRelief strain and gains peerLearningShare x (mean
 * attendee competence - own competence, if positive) + meetingLearning competence: peer support
 * and the spread of learning.
 *
 * <p>Adaptive attendance: the meeting's relevance to an attendee is the share s of the other
 * attendees from its own sector plus (1 - s) x crossSectorRelevance, raised by the centre's
 * facilitation f (times the network's project level after the end, {@link ProjectFunding#level}) to relevance + f x (1 - relevance); the attendee's propensity
 * moves attendanceAdaptation of the way to that relevance. Groups of firms from many sectors
 * thus lose attendance, facilitated groups less so.
 */
final class NetworkRule {
    private NetworkRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        NetworkParameters n = p.network();
        if (!n.enabled()) {
            return;
        }
        int interval = n.meetingIntervalWeeks();
        // Only the groups whose turn it is: the others are not read.
        NetworkTable networks = model.networks;
        for (int group = model.week() % interval; group < networks.size(); group += interval) {
            if (networks.members.length(group) < 2
                    || !ProjectFunding.carriedOut(model, ProjectFunding.Activity.NETWORK, group)) {
                continue;
            }
            meet(model, p, group);
        }
    }

    private static void meet(InclusionModel model, Parameters p, int group) {
        NetworkParameters n = p.network();
        double attendance = n.attendanceShare() * p.site().profile().networkAttendanceFactor();
        NetworkTable networks = model.networks;
        MentorTable table = model.mentors;
        int members = networks.members.length(group);
        int[] attendees = new int[members];
        int count = 0;
        int invited = 0;
        double competenceSum = 0;
        for (int k = 0; k < members; k++) {
            int m = networks.members.get(group, k);
            if (!table.isMentoring(m)) {
                continue;
            }
            invited++;
            if (model.random().uniform(Purpose.ATTENDANCE, table.randomKey.get(m), model.week())
                    < attendance * table.attendancePropensity(m)) {
                attendees[count++] = m;
                competenceSum += table.competence(m);
            }
        }
        model.weekTally.networkInvited += invited;
        model.weekTally.networkAttendees += count;
        if (count < 2) {
            return;
        }
        double mean = competenceSum / count;
        for (int i = 0; i < count; i++) {
            int m = attendees[i];
            double competence = table.competence(m);
            table.setStrain(m, Math.max(0.0, table.strain(m) - n.strainRelief()));
            table.setCompetence(m, Math.min(1.0, competence
                    + n.peerLearningShare() * Math.max(0.0, mean - competence) + n.meetingLearning()));
        }
        adapt(model, n, attendees, count);
        networks.meetings.add(group, 1);
        networks.lastMeetingWeek.set(group, model.week());
        networks.lastAttendance.set(group, count);
        model.weekTally.networkMeetings++;
    }

    /** Each attendee's propensity moves attendanceAdaptation of the way to the meeting's relevance to it. */
    private static void adapt(InclusionModel model, NetworkParameters n, int[] attendees, int count) {
        if (n.attendanceAdaptation() == 0.0) {
            return;
        }
        MentorTable table = model.mentors;
        WorkplaceTable workplaces = model.workplaces;
        int[] bySector = new int[model.parameters().workplaces().sectors()];
        for (int i = 0; i < count; i++) {
            bySector[sectorOf(workplaces, table, attendees[i], bySector.length)]++;
        }
        double facilitation = n.facilitation() * ProjectFunding.level(model, ProjectFunding.Activity.NETWORK);
        for (int i = 0; i < count; i++) {
            int m = attendees[i];
            double same = (bySector[sectorOf(workplaces, table, m, bySector.length)] - 1) / (double) (count - 1);
            double relevance = relevance(same, n.crossSectorRelevance(), facilitation);
            double propensity = table.attendancePropensity(m);
            table.setAttendancePropensity(m, propensity + n.attendanceAdaptation() * (relevance - propensity));
        }
    }

    /** Relevance of a meeting: same + (1 - same) x crossSectorRelevance, then + facilitation x (1 - that). */
    static double relevance(double sameSectorShare, double crossSectorRelevance, double facilitation) {
        double r = sameSectorShare + (1.0 - sameSectorShare) * crossSectorRelevance;
        return r + facilitation * (1.0 - r);
    }

    /** The sector of the mentor's workplace (drawn at start; folded into the current number of sectors if that changed since). */
    private static int sectorOf(WorkplaceTable workplaces, MentorTable mentors, int mentor, int sectors) {
        return workplaces.sector.get(mentors.workplace.get(mentor)) % sectors;
    }
}
