package org.inclusim.model.parameters;

import java.io.Serializable;

/** Mentor networks: mentors from different workplaces meet for peer support and learning. */
public record NetworkParameters(
        @Param(value = "true", unit = "-",
                doc = "Whether mentor networks run.",
                source = "AFI project intervention 3")
        boolean enabled,
        @Param(value = "8", min = 1, max = 52, unit = "weeks",
                doc = "Weeks between meetings of a network group.",
                source = "assumed")
        int meetingIntervalWeeks,
        @Param(value = "12", min = 2, max = 1000, unit = "mentors",
                doc = "Members per network group.",
                source = "assumed")
        int groupSize,
        @Param(value = "0.6", min = 0, max = 1, unit = "share",
                doc = "Share of new mentors who join a network.",
                source = "assumed, to calibrate")
        double joinShare,
        @Param(value = "0.6", min = 0, max = 1, unit = "probability",
                doc = "Chance that a member attends a meeting at full propensity (times the site's attendance factor and the member's attendance propensity).",
                source = "assumed (AFI: heterogeneous firms make meetings hard to sustain)")
        double attendanceShare,
        @Param(value = "0.3", min = 0, max = 1, unit = "share per meeting",
                doc = "Adaptive attendance: after a meeting an attendee's propensity moves this share of the way to the meeting's relevance to it. 0 = fixed attendance (neutral).",
                source = "assumed, to calibrate (reinforcement learning of the Bush-Mosteller kind)")
        double attendanceAdaptation,
        @Param(value = "0.5", min = 0, max = 1, unit = "share",
                doc = "Relevance of a meeting's talk with mentors from other sectors (relevance with mentors of one's own sector is 1). 1 = every meeting fully relevant (neutral).",
                source = "assumed, to calibrate (AFI: heterogeneous firms were hard to keep together)")
        double crossSectorRelevance,
        @Param(value = "0.4", min = 0, max = 1, unit = "share",
                doc = "Facilitation by the working-life centre: closes this share of the gap between a meeting's relevance and 1. Project-funded (falls after the project's end). 0 = none.",
                source = "assumed, to calibrate (AFI: the centre facilitated the networks)")
        double facilitation,
        @Param(value = "0.2", min = 0, max = 5, unit = "strain",
                doc = "Strain a meeting removes from each attendee.",
                source = "assumed, to calibrate")
        double strainRelief,
        @Param(value = "0.2", min = 0, max = 1, unit = "share",
                doc = "Share of the gap to the attendees' mean competence an attendee closes at a meeting.",
                source = "assumed, to calibrate")
        double peerLearningShare,
        @Param(value = "0.01", min = 0, max = 1, unit = "competence",
                doc = "Competence every attendee gains at a meeting.",
                source = "assumed, to calibrate")
        double meetingLearning) implements Serializable {
}
