package org.inclusim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The work-inclusion model: users, mentors, workplaces, NAV advisers, the working-life centre and
 * mentor networks, stepped weekly. One MASON step is one week; each {@link Phase} is one
 * {@code Steppable} that loops over its agents (never one schedule entry per agent).
 *
 * <p>All randomness comes from {@link #random()}, keyed streams derived from the run seed; MASON's
 * own generator ({@code SimState.random}) is left to the GUI. The model knows nothing of files,
 * charts or displays: observers read it between steps, and trajectories stream out through a
 * {@link TransitionListener}.
 *
 * <p>Drive it with {@code start()}, then {@code schedule.step(model)} once per week, then
 * {@code finish()} ({@code doLoop} would call {@code System.exit}).
 */
public final class InclusionModel extends SimState {
    private static final long serialVersionUID = 2L;

    private Parameters parameters;
    private final RandomStreams random;
    private transient TransitionListener listener = TransitionListener.NONE;

    final List<User> users = new ArrayList<>();
    final ArrayDeque<User> referredQueue = new ArrayDeque<>();
    final UserIndex userIndex = new UserIndex();
    final List<Workplace> workplaces = new ArrayList<>();
    final WorkplaceTable workplaceTable = new WorkplaceTable();
    final List<Mentor> mentors = new ArrayList<>();
    final MentorTable mentorTable = new MentorTable(users);
    final List<Adviser> advisers = new ArrayList<>();
    final AdviserTable adviserTable = new AdviserTable();
    final List<MentorNetwork> networks = new ArrayList<>();
    final int[] stageCounts = new int[Stage.values().length];
    final int[] causeCounts = new int[Cause.values().length];
    final int[] mentorStateCounts = new int[MentorState.values().length];
    int sustainedJobs;
    final WeekTally weekTally = new WeekTally();
    final WeekTally totalTally = new WeekTally();
    final WorkingLifeCentre workingLifeCentre = new WorkingLifeCentre();
    int adviserCursor;
    int week = -1;
    long activeUserWeeks;
    private int initialMentorPool;

    /**
     * @param seed       the run seed; every random draw derives from it
     * @param parameters validated again here, so a hand-built set cannot slip past its bounds
     */
    public InclusionModel(long seed, Parameters parameters) {
        super(seed);
        ParameterCatalog.instance().validate(parameters);
        this.parameters = parameters;
        this.random = new RandomStreams(seed);
    }

    /**
     * Sets where transitions go; call before {@link #start()}. The listener is not part of a
     * checkpoint: a model read back from one emits nothing until a listener is set again.
     */
    public void setTransitionListener(TransitionListener listener) {
        this.listener = listener == null ? TransitionListener.NONE : listener;
    }

    /**
     * Replaces the parameters from the next phase on (policy changes during a run). Counts that
     * shape the initial population (users, advisers, workplaces at week 0) only act at start.
     */
    public void setParameters(Parameters parameters) {
        ParameterCatalog.instance().validate(parameters);
        this.parameters = parameters;
        for (Adviser adviser : advisers) {
            adviser.selectCloseCases(parameters.advisers().closeCasesPerAdviser(), Math.max(week, 0));
        }
    }

    @Override
    public void start() {
        super.start();
        Population.create(this);
        initialMentorPool = mentorCount(MentorState.ACTIVE);
        for (Phase phase : Phase.values()) {
            if (phase != Phase.OBSERVE) {
                schedule.scheduleRepeating(0.0, phase.ordering(), new PhaseStep(phase), 1.0);
            }
        }
    }

    void runPhase(Phase phase) {
        if (phase != Phase.EMPLOYMENT) {
            userIndex.forgetScratch();
        }
        switch (phase) {
            case ARRIVALS -> {
                beginWeek();
                ReferralRule.apply(this);
                IntakeRule.apply(this);
            }
            case MATCHING -> MatchingRule.apply(this);
            case PLACEMENT -> PlacementRule.apply(this);
            case EMPLOYMENT -> EmploymentRule.apply(this);
            case MENTORS -> {
                NetworkRule.apply(this);
                StrainRule.apply(this);
            }
            case ADVISERS -> {
                AdviserRule.apply(this);
                endWeek();
            }
            case OBSERVE -> { }
        }
    }

    private void beginWeek() {
        week = (int) Math.round(schedule.getTime());
        weekTally.reset();
        userIndex.compactIfWorthIt();
    }

    private void endWeek() {
        weekTally.addTo(totalTally);
        activeUserWeeks += users.size() - stageCounts[Stage.EXITED.ordinal()];
    }

    // ---- transitions shared by the rules -------------------------------------------------

    void move(User user, Stage to, Cause cause) {
        Stage from = user.stage;
        stageCounts[from.ordinal()]--;
        stageCounts[to.ordinal()]++;
        user.stage = to;
        user.stageSinceWeek = week;
        userIndex.setStage(user.id, to);
        takeIntoCloseFollowUp(user);
        emit(user, from, to, cause);
    }

    /**
     * Hybrid model: a standard case that is (again) seeking or in placement becomes a close case
     * if its adviser has a free close slot (fewer than closeCasesPerAdviser close cases).
     */
    private void takeIntoCloseFollowUp(User user) {
        Adviser adviser = user.adviser;
        if (adviser != null && !user.closeFollowUp && (user.stage == Stage.SEEKING || user.stage == Stage.IN_PLACEMENT)
                && adviser.closeCases() < parameters.advisers().closeCasesPerAdviser()) {
            adviser.startClose(user, week);
        }
    }

    /** Adds a mentee in placement to the mentor, and marks the mentor for the mentor phase. */
    void addMentee(Mentor mentor, User user) {
        userIndex.forgetScratch();
        mentorTable.addMentee(mentor.id, user);
        mentor.menteesTotal++;
        mentorTable.engage(mentor.id);
    }

    /** Adds a newly referred user in stage REFERRED with the given initial fit. */
    void addUser(User user, double fit) {
        users.add(user);
        userIndex.add(user.id, Stage.REFERRED, fit);
        userIndex.setOutOfWorkSince(user.id, user.referralWeek);
        stageCounts[Stage.REFERRED.ordinal()]++;
    }

    /** Adds a workplace with no mentors (at initialisation; ids are consecutive from 0). */
    void addWorkplace(int employees, int maxMentors) {
        workplaces.add(new Workplace(workplaceTable, workplaceTable.add(employees, maxMentors), mentors));
    }

    /** Adds an adviser with no cases (at initialisation; ids are consecutive from 0). */
    void addAdviser(boolean experiencedAtStart, double competence) {
        advisers.add(new Adviser(adviserTable, adviserTable.add(competence), experiencedAtStart));
    }

    /** Competence of the adviser with the given id. */
    double adviserCompetence(int adviserId) {
        return adviserTable.competence(adviserId);
    }

    /** Adds a newly recruited mentor, active. */
    void addMentor(Mentor mentor) {
        mentors.add(mentor);
        mentorStateCounts[MentorState.ACTIVE.ordinal()]++;
    }

    void emit(User user, Stage from, Stage to, Cause cause) {
        causeCounts[cause.ordinal()]++;
        if (listener == null) {
            return;
        }
        listener.onTransition(new Transition(week, user.id, from, to, cause,
                user.workplace == null ? -1 : user.workplace.id,
                user.mentorId,
                user.adviser == null ? -1 : user.adviser.id));
    }

    void setState(Mentor mentor, MentorState state) {
        userIndex.forgetScratch();
        mentorStateCounts[mentorTable.state(mentor.id).ordinal()]--;
        mentorStateCounts[state.ordinal()]++;
        mentorTable.setState(mentor.id, state);
    }

    void releaseMentor(User user) {
        if (user.mentor != null) {
            mentorTable.removeMentee(user.mentorId, user.id);
            user.setMentor(null);
            syncHelp(user);
        }
    }

    /**
     * Mirrors the user's mentor and adviser into the index. Without either the user's support
     * is zero (what {@link SupportRule} would compute), so it is set at once.
     */
    void syncHelp(User user) {
        userIndex.setHelpers(user.id, user.mentorId, user.adviser == null ? -1 : user.adviser.id);
        if (user.mentor == null && user.adviser == null) {
            userIndex.setSupport(user.id, 0.0);
        }
    }

    /** Mirrors the user's current job (start, temporary end, end of mentor follow-up) into the index. */
    void syncJob(User user) {
        userIndex.setJob(user.id, user.jobStartWeek, user.temporaryEndWeek, user.mentorEndWeek);
    }

    void releaseAdviser(User user) {
        Adviser adviser = user.adviser;
        if (adviser != null) {
            adviser.removeCase(user);
            user.adviser = null;
            syncHelp(user);
            if (user.closeFollowUp) {
                adviser.endClose(user);
                adviser.selectCloseCases(parameters.advisers().closeCasesPerAdviser(), week);
            }
        }
    }

    /** Ends a placement without a hire: the user seeks again (the transition names the mentor). */
    void endPlacement(User user, Cause cause) {
        move(user, Stage.SEEKING, cause);
        releaseMentor(user);
        user.workplace = null;
    }

    void leaveMeasure(User user) {
        move(user, Stage.EXITED, Cause.LEFT_MEASURE);
        releaseMentor(user);
        releaseAdviser(user);
        user.workplace = null;
    }

    /** The fit an employer requires in the current week (rises with the adaptability trend). */
    double hireThreshold() {
        return parameters.placement().hireThreshold()
                + parameters.workplaces().adaptabilityLossPerYear() * week / 52.0;
    }

    // ---- read access for observers, the GUI and tests ------------------------------------

    public Parameters parameters() {
        return parameters;
    }

    /** The run's keyed random streams. */
    public RandomStreams random() {
        return random;
    }

    /** The current week: during and after step k it is k (the first week is 0); -1 before. */
    public int week() {
        return week;
    }

    /** Users currently in the given stage. */
    public int stageCount(Stage stage) {
        return stageCounts[stage.ordinal()];
    }

    /** Transitions so far with the given cause. */
    public int causeCount(Cause cause) {
        return causeCounts[cause.ordinal()];
    }

    /** Jobs that have lasted jobs.sustainedWeeks so far. */
    public int sustainedJobs() {
        return sustainedJobs;
    }

    /** Every user ever referred, in referral order (read-only). */
    public List<User> users() {
        return Collections.unmodifiableList(users);
    }

    /** Every mentor ever recruited, in recruitment order (read-only). */
    public List<Mentor> mentors() {
        return Collections.unmodifiableList(mentors);
    }

    /** Mentors in role now (active or on leave), in recruitment order; a new list on each call. */
    public List<Mentor> mentorsInRole() {
        List<Mentor> inRole = new ArrayList<>(mentorCount(MentorState.ACTIVE) + mentorCount(MentorState.ON_LEAVE));
        for (Mentor m : mentors) {
            if (mentorTable.state(m.id) != MentorState.QUIT) {
                inRole.add(m);
            }
        }
        return inRole;
    }

    /** Users in all advisers' caseloads. */
    public int caseloadTotal() {
        return adviserTable.caseloadTotal();
    }

    /** The largest adviser caseload (0 without advisers). */
    public int caseloadLargest() {
        return adviserTable.caseloadLargest();
    }

    /** Cases in close follow-up over all advisers. */
    public int closeCasesTotal() {
        return adviserTable.closeCasesTotal();
    }

    /** Mentors now in the given state. */
    public int mentorCount(MentorState state) {
        return mentorStateCounts[state.ordinal()];
    }

    public List<Workplace> workplaces() {
        return Collections.unmodifiableList(workplaces);
    }

    public List<Adviser> advisers() {
        return Collections.unmodifiableList(advisers);
    }

    public List<MentorNetwork> networks() {
        return Collections.unmodifiableList(networks);
    }

    public WorkingLifeCentre workingLifeCentre() {
        return workingLifeCentre;
    }

    /** Counters of the current (last stepped) week. */
    public WeekTally weekTally() {
        return weekTally;
    }

    /** Counters summed over all weeks stepped so far. */
    public WeekTally totalTally() {
        return totalTally;
    }

    /** Mentors in role right after initialisation (week 0, before any step). */
    public int initialMentorPool() {
        return initialMentorPool;
    }

    /** Sum over weeks of users in the measure (not exited) at the end of each week. */
    public long activeUserWeeks() {
        return activeUserWeeks;
    }

    /** Runs one phase of the week; one instance per phase is on the schedule. */
    private static final class PhaseStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Phase phase;

        PhaseStep(Phase phase) {
            this.phase = phase;
        }

        @Override
        public void step(SimState state) {
            ((InclusionModel) state).runPhase(phase);
        }
    }
}
