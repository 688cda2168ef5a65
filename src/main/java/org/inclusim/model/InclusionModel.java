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
    private static final long serialVersionUID = 1L;

    private Parameters parameters;
    private final RandomStreams random;
    private transient TransitionListener listener = TransitionListener.NONE;

    final List<User> users = new ArrayList<>();
    final List<User> activeUsers = new ArrayList<>();
    final ArrayDeque<User> referredQueue = new ArrayDeque<>();
    final List<Workplace> workplaces = new ArrayList<>();
    final List<Mentor> mentors = new ArrayList<>();
    final List<Mentor> mentorsInRole = new ArrayList<>();
    final List<Adviser> advisers = new ArrayList<>();
    final List<MentorNetwork> networks = new ArrayList<>();
    final int[] stageCounts = new int[Stage.values().length];
    final int[] causeCounts = new int[Cause.values().length];
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

    /** Sets where transitions go; call before {@link #start()}. */
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
    }

    @Override
    public void start() {
        super.start();
        Population.create(this);
        initialMentorPool = mentorsInRole.size();
        for (Phase phase : Phase.values()) {
            if (phase != Phase.OBSERVE) {
                schedule.scheduleRepeating(0.0, phase.ordering(), new PhaseStep(phase), 1.0);
            }
        }
    }

    /** Schedules an observer to run at the end of every week (used by the GUI). */
    public void scheduleObserver(Steppable observer) {
        schedule.scheduleRepeating(0.0, Phase.OBSERVE.ordering(), observer, 1.0);
    }

    void runPhase(Phase phase) {
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
        for (Workplace w : workplaces) {
            w.recruitAttemptsThisWeek = 0;
        }
        activeUsers.removeIf(u -> u.stage == Stage.EXITED);
        mentorsInRole.removeIf(m -> m.state == MentorState.QUIT);
    }

    private void endWeek() {
        weekTally.addTo(totalTally);
        activeUserWeeks += activeUsers.size();
    }

    // ---- transitions shared by the rules -------------------------------------------------

    void move(User user, Stage to, Cause cause) {
        Stage from = user.stage;
        stageCounts[from.ordinal()]--;
        stageCounts[to.ordinal()]++;
        user.stage = to;
        user.stageSinceWeek = week;
        emit(user, from, to, cause);
    }

    void emit(User user, Stage from, Stage to, Cause cause) {
        causeCounts[cause.ordinal()]++;
        listener.onTransition(new Transition(week, user.id, from, to, cause,
                user.workplace == null ? -1 : user.workplace.id,
                user.mentor == null ? -1 : user.mentor.id,
                user.adviser == null ? -1 : user.adviser.id));
    }

    void releaseMentor(User user) {
        if (user.mentor != null) {
            user.mentor.mentees.remove(user);
            user.mentor = null;
        }
    }

    void releaseAdviser(User user) {
        Adviser adviser = user.adviser;
        if (adviser != null) {
            adviser.caseload.remove(user);
            if (user.closeFollowUp) {
                adviser.closeCases--;
                user.closeFollowUp = false;
            }
            user.adviser = null;
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

    /** Mentors in role (active or on leave) at the start of this week's mentor phase (read-only). */
    public List<Mentor> mentorsInRole() {
        return Collections.unmodifiableList(mentorsInRole);
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
