package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every week of a run keeps the model's bookkeeping consistent. */
class InvariantsTest {

    /** Steps a model, checking invariants after every week; returns the weekly rows and events. */
    private static List<WeeklyRow> runChecked(Parameters p, long seed, int weeks, List<Transition> events) {
        InclusionModel model = new InclusionModel(seed, p);
        model.setTransitionListener(events::add);
        model.start();
        List<WeeklyRow> rows = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            model.schedule.step(model);
            checkWeek(model);
            rows.add(WeeklyObserver.observe(model));
        }
        return rows;
    }

    private static void checkWeek(InclusionModel model) {
        Parameters p = model.parameters();
        EnumMap<Stage, Integer> counted = new EnumMap<>(Stage.class);
        java.util.Map<Mentor, Integer> naturalCounts = new java.util.HashMap<>();
        for (User u : model.views().users()) {
            counted.merge(u.stage(), 1, Integer::sum);
            switch (u.stage()) {
                case IN_PLACEMENT -> {
                    assertNotNull(u.mentor(), "a user in placement has a mentor");
                    assertNotNull(u.workplace(), "a user in placement has a workplace");
                    assertTrue(u.mentor().state().mentoring(), "the mentor of a placement is active or stepped back: " + u.mentor().state());
                    assertTrue(u.mentor().mentees().contains(u), "mentor and mentee agree");
                }
                case EMPLOYED -> {
                    assertNotNull(u.workplace(), "an employed user has a workplace");
                    assertTrue(u.mentor() == null || u.naturalMentor() == null, "a mentee place or natural support, not both");
                    assertTrue(u.match() >= 0 && u.match() <= 1 && u.jobHours() > 0, "a job has a match and hours");
                }
                case REFERRED, DISABILITY_BENEFIT, AAP, EDUCATION, WORK_WITHOUT_NAV, OTHER ->
                        assertEquals(null, u.mentor(), "no mentor outside placement and job");
                default -> assertEquals(null, u.mentor(), "no mentor while seeking or out of work");
            }
            if (u.stage() != Stage.EMPLOYED) {
                assertEquals(null, u.naturalMentor(), "natural support only in a job");
                assertEquals(-1, u.subsidyStartWeek(), "a wage subsidy only in a job");
            }
            if (u.naturalMentor() != null) {
                naturalCounts.merge(u.naturalMentor(), 1, Integer::sum);
            }
            if (u.stage().isDestination()) {
                assertEquals(null, u.adviser(), "a user who left the measure has no adviser");
                assertEquals(null, u.workplace(), "a user who left the measure has no workplace");
            }
            assertTrue(u.fit() >= 0 && u.fit() <= 1, "fit in [0, 1]");
        }
        for (Stage s : Stage.values()) {
            assertEquals(counted.getOrDefault(s, 0).intValue(), model.views().stageCount(s), "stage count of " + s);
        }
        for (Mentor m : model.views().mentors()) {
            assertTrue(m.mentees().size() <= m.capacity(), "mentees within capacity");
            assertTrue(m.strain() >= 0, "strain is not negative");
            assertTrue(m.competence() >= 0 && m.competence() <= 1, "competence in [0, 1]");
            if (!m.state().mentoring()) {
                assertTrue(m.mentees().isEmpty(), "a mentor on leave, quit or left has no mentees");
            }
            assertTrue(m.capacity() <= Math.max(p.mentors().menteeCapacity(), p.mentors().superMenteeCapacity()),
                    "capacity grows no further than its room");
            for (User mentee : m.mentees()) {
                assertEquals(m, mentee.mentor(), "mentee points back to its mentor");
            }
            assertEquals(naturalCounts.getOrDefault(m, 0).intValue(), m.naturalMentees(), "natural mentees counted on both sides");
        }
        for (Adviser a : model.views().advisers()) {
            assertTrue(a.caseload().size() <= p.advisers().caseloadCapacity(), "caseload within capacity");
            long close = a.caseload().stream().filter(User::closeFollowUp).count();
            assertEquals(close, a.closeCases(), "close-case count");
            assertTrue(a.closeCases() <= p.advisers().closeCasesPerAdviser(), "close cases within the hybrid model's slots");
            for (User u : a.caseload()) {
                assertEquals(a, u.adviser(), "case points back to its adviser");
            }
        }
        for (Workplace w : model.views().workplaces()) {
            assertTrue(w.mentors().size() <= w.maxMentors(), "mentors within the workplace's limit");
            for (Mentor m : w.mentors()) {
                assertEquals(w, m.workplace(), "a mentor in role belongs to the workplace");
                assertTrue(m.state().inRole(), "a mentor in role has not quit or left");
            }
        }
        for (Mentor m : model.views().mentorsInRole()) {
            assertTrue(m.workplace().mentors().contains(m), "a mentor in role is among its workplace's mentors");
            if (m.network() != null) {
                assertTrue(m.network().members().contains(m), "a member in role is in its network group");
            }
        }
        for (MentorNetwork n : model.views().networks()) {
            for (Mentor m : n.members()) {
                assertEquals(n, m.network(), "a network member points back to its group");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyUserIsInExactlyOneStageAndRelationsAgree(int replicate) {
        Parameters p = Scaling.scale(Parameters.defaults(), 2).with("mentors.superMentorShare", 0.5);
        runChecked(p, Seeds.forReplicate(7, replicate), 260, new ArrayList<>());
    }

    @Test
    void weeklyStageCountsMatchTheEventLog() {
        List<Transition> events = new ArrayList<>();
        List<WeeklyRow> rows = runChecked(Parameters.defaults(), 99, 260, events);
        Map<Integer, Stage> stageOf = new HashMap<>();
        int e = 0;
        for (WeeklyRow row : rows) {
            while (e < events.size() && events.get(e).week() <= row.week()) {
                Transition t = events.get(e++);
                assertEquals(t.from(), stageOf.get(t.userId()), "event 'from' is the user's current stage");
                stageOf.put(t.userId(), t.to());
            }
            EnumMap<Stage, Integer> replayed = new EnumMap<>(Stage.class);
            stageOf.values().forEach(s -> replayed.merge(s, 1, Integer::sum));
            assertEquals(replayed.getOrDefault(Stage.REFERRED, 0).intValue(), row.referred(), "referred in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.SEEKING, 0).intValue(), row.seeking(), "seeking in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.IN_PLACEMENT, 0).intValue(), row.inPlacement(), "in placement in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.EMPLOYED, 0).intValue(), row.employed(), "employed in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.OUT_OF_WORK, 0).intValue(), row.outOfWork(), "out of work in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.DISABILITY_BENEFIT, 0).intValue(), row.disabilityBenefit(), "disability in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.AAP, 0).intValue(), row.aap(), "aap in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.EDUCATION, 0).intValue(), row.education(), "education in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.WORK_WITHOUT_NAV, 0).intValue(), row.workWithoutNav(), "work without NAV in week " + row.week());
            assertEquals(replayed.getOrDefault(Stage.OTHER, 0).intValue(), row.other(), "other in week " + row.week());
            assertEquals(stageOf.size(), row.usersTotal(), "users referred so far");
        }
        assertEquals(events.size(), e, "no events after the last week");
    }

    /**
     * Each subsidised job-week adds its job's hours to its period's column: a week's subsidised
     * hours are k short jobs and n - k long ones for the n subsidised job-weeks counted. Fails on
     * a tally that adds nothing, adds the hours to the wrong period or counts a week without its hours.
     */
    @Test
    void subsidisedHoursAreTheHoursOfTheSubsidisedJobWeeks() {
        Parameters p = Parameters.defaults();
        double shortHours = p.jobs().shortHoursPerWeek();
        double longHours = p.jobs().longHoursPerWeek();
        List<WeeklyRow> rows = runChecked(p, 99, 260, new ArrayList<>());
        double[] total = new double[2];
        for (WeeklyRow row : rows) {
            int[] weeks = {row.wageSubsidyWeeksFirstYear(), row.wageSubsidyWeeksLater()};
            double[] hours = {row.wageSubsidyHoursFirstYear(), row.wageSubsidyHoursLater()};
            for (int period = 0; period < 2; period++) {
                double shortJobs = (longHours * weeks[period] - hours[period]) / (longHours - shortHours);
                assertTrue(shortJobs >= -1e-9 && shortJobs <= weeks[period] + 1e-9 && Math.abs(shortJobs - Math.rint(shortJobs)) < 1e-9,
                        "week " + row.week() + ", period " + period + ": " + hours[period] + " hours in " + weeks[period] + " job-weeks");
                total[period] += hours[period];
            }
        }
        assertTrue(total[0] > 0 && total[1] > 0, "both periods have subsidised hours");
    }

    @Test
    void mentorPoolBookkeepingMatchesTheMentors() {
        InclusionModel model = Replicates.model(Scaling.scale(Parameters.defaults(), 2)
                .with("mentors.superMentorShare", 0.6).with("mentors.quitShare", 0.5), 1, 260);
        Views view = model.views();
        for (MentorState state : MentorState.values()) {
            assertEquals(view.mentors().stream().filter(m -> m.state() == state).count(), view.mentorCount(state), state.label());
        }
        long quit = view.mentorCount(MentorState.QUIT);
        assertEquals(quit, view.totalTally().quits());
        assertEquals(view.mentorCount(MentorState.LEFT), view.totalTally().departures());
        assertTrue(view.mentorCount(MentorState.LEFT) > 0
                && view.mentorCount(MentorState.STEPPED_BACK) + view.totalTally().stepBacks() > 0,
                "ordinary turnover and stepping back happen");
        assertEquals(view.mentorPool(), view.mentorsInRole().size());
        assertTrue(quit > 0 && view.totalTally().burnouts() >= quit, "burnouts happen and some lead to quitting");
    }
}
