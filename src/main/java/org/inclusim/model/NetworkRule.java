package org.inclusim.model;

import org.inclusim.model.parameters.NetworkParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: mentor network meetings. Group g meets in weeks where week mod meetingIntervalWeeks
 * equals g mod meetingIntervalWeeks, if the meeting is funded on this occasion. Each active
 * member attends with probability attendanceShare x the site's attendance factor (stream
 * {@link Purpose#ATTENDANCE}); with at least two attendees, each loses strainRelief strain and
 * gains peerLearningShare x (mean attendee competence - own competence, if positive) +
 * meetingLearning competence: peer support and the spread of learning.
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
        double competenceSum = 0;
        for (int k = 0; k < members; k++) {
            int m = networks.members.get(group, k);
            if (table.isActive(m)
                    && model.random().uniform(Purpose.ATTENDANCE, table.randomKey.get(m), model.week()) < attendance) {
                attendees[count++] = m;
                competenceSum += table.competence(m);
            }
        }
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
        networks.meetings.add(group, 1);
        networks.lastMeetingWeek.set(group, model.week());
        networks.lastAttendance.set(group, count);
        model.weekTally.networkMeetings++;
    }
}
