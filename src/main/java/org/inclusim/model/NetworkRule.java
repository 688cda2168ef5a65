package org.inclusim.model;

import java.util.ArrayList;
import java.util.List;
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
        // Only the groups whose turn it is (id = position in the list): the others are not read.
        for (int id = model.week() % interval; id < model.networks.size(); id += interval) {
            MentorNetwork group = model.networks.get(id);
            if (group.members.size() < 2
                    || !ProjectFunding.carriedOut(model, ProjectFunding.Activity.NETWORK, group.id)) {
                continue;
            }
            meet(model, p, group);
        }
    }

    private static void meet(InclusionModel model, Parameters p, MentorNetwork group) {
        NetworkParameters n = p.network();
        double attendance = n.attendanceShare() * p.site().profile().networkAttendanceFactor();
        List<Mentor> attendees = new ArrayList<>();
        double competenceSum = 0;
        MentorTable table = model.mentorTable;
        for (Mentor m : group.members) {
            if (table.isActive(m.id)
                    && model.random().uniform(Purpose.ATTENDANCE, m.randomKey, model.week()) < attendance) {
                attendees.add(m);
                competenceSum += table.competence(m.id);
            }
        }
        if (attendees.size() < 2) {
            return;
        }
        double mean = competenceSum / attendees.size();
        for (Mentor m : attendees) {
            double competence = table.competence(m.id);
            table.setStrain(m.id, Math.max(0.0, table.strain(m.id) - n.strainRelief()));
            table.setCompetence(m.id, Math.min(1.0, competence
                    + n.peerLearningShare() * Math.max(0.0, mean - competence) + n.meetingLearning()));
        }
        group.meetings++;
        group.lastMeetingWeek = model.week();
        group.lastAttendance = attendees.size();
        model.weekTally.networkMeetings++;
    }
}
