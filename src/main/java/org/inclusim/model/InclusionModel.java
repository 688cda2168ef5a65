package org.inclusim.model;

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
 * charts or displays: observers read it between steps through {@link #views()}, and trajectories
 * stream out through a {@link TransitionListener}.
 *
 * <p>Drive it with {@code start()}, then {@code schedule.step(model)} once per week, then
 * {@code finish()} ({@code doLoop} would call {@code System.exit}).
 */
public final class InclusionModel extends SimState {
    private static final long serialVersionUID = 3L;

    private Parameters parameters;
    private final RandomStreams random;
    private transient TransitionListener listener = TransitionListener.NONE;

    /** The agents' state by id, the only home of every per-agent field (see docs/architecture.md). */
    final UserTable users = new UserTable();
    final MentorTable mentors = new MentorTable();
    final WorkplaceTable workplaces = new WorkplaceTable();
    final AdviserTable advisers = new AdviserTable();
    final NetworkTable networks = new NetworkTable();
    /** Changes the links between agents (both sides of each). */
    final Links links = new Links(users, mentors, workplaces, advisers, networks);
    final Views views = new Views(this);
    /** Referred users waiting for an adviser, by id, first come first served. */
    final IdQueue referralQueue = new IdQueue();
    final int[] stageCounts = new int[Stage.values().length];
    final int[] causeCounts = new int[Cause.values().length];
    final int[] mentorStateCounts = new int[MentorState.values().length];
    /** The user groups: each group's parameters and the counts by group. */
    final UserGroupBook groups;
    int sustainedJobs;
    /** This week's counters; the users' counts are kept by group (see {@link WeekTally}). */
    final WeekTally weekTally;
    final WeekTally totalTally;
    final WorkingLifeCentre workingLifeCentre = new WorkingLifeCentre();
    int adviserCursor;
    int week = -1;
    long activeUserWeeks;
    /** Mentors in role right after initialisation (read through {@link Views#initialMentorPool()}). */
    int initialMentorPool;
    /** This week's mentor parts of support: made by the placement phase, used by the employment phase. */
    private transient MentorParts mentorParts;
    /** The mentor phase's view of the mentees: made and used by that phase. */
    private transient MenteeSnapshot menteeSnapshot;
    /** The destinations' duration factors for each user group's current parameters (see {@link DestinationRule}). */
    private transient DestinationRule.DurationFactors[] durationFactors;
    /** The support tapers by week in a job for each user group's current parameters (see {@link Tapers}). */
    private transient Tapers[] tapers;

    /**
     * @param seed       the run seed; every random draw derives from it
     * @param parameters validated again here, so a hand-built set cannot slip past its bounds
     */
    public InclusionModel(long seed, Parameters parameters) {
        super(seed);
        ParameterCatalog.instance().validate(parameters);
        this.parameters = parameters;
        this.random = new RandomStreams(seed);
        this.groups = new UserGroupBook(parameters);
        this.weekTally = new WeekTally(groups.count());
        this.totalTally = new WeekTally(groups.count());
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
        groups.set(parameters);
        Parameters before = this.parameters;
        this.parameters = parameters;
        DestinationRule.onParameters(this, before);
        for (int adviser = 0, n = advisers.size(); adviser < n; adviser++) {
            CloseFollowUpRule.demoteOverSlots(this, adviser);
            CloseFollowUpRule.fillSlots(this, adviser, Math.max(week, 0));
        }
    }

    @Override
    public void start() {
        super.start();
        Population.create(this);
        initialMentorPool = mentorStateCounts[MentorState.ACTIVE.ordinal()];
        for (Phase phase : Phase.values()) {
            if (phase != Phase.OBSERVE) {
                schedule.scheduleRepeating(0.0, phase.ordering(), new PhaseStep(phase), 1.0);
            }
        }
    }

    void runPhase(Phase phase) {
        switch (phase) {
            case ARRIVALS -> {
                beginWeek();
                ReferralRule.apply(this);
                IntakeRule.apply(this);
            }
            case MATCHING -> {
                DestinationRule.apply(this);
                DisabilityWorkRule.apply(this);
                SearchRule.apply(this);
            }
            case PLACEMENT -> {
                mentorParts = MentorParts.of(this, mentorParts);
                PlacementRule.apply(this, mentorParts);
            }
            case EMPLOYMENT -> {
                if (mentorParts == null || !mentorParts.isFor(week, parameters)) {
                    mentorParts = MentorParts.of(this, mentorParts);
                }
                EmploymentRule.apply(this, mentorParts);
            }
            case MENTORS -> {
                NetworkRule.apply(this);
                menteeSnapshot = MenteeSnapshot.of(this, menteeSnapshot);
                StrainRule.apply(this, menteeSnapshot);
            }
            case ADVISERS -> {
                ProjectEndRule.apply(this);
                AdviserRule.apply(this);
                endWeek();
            }
            case OBSERVE -> { }
        }
    }

    private void beginWeek() {
        week = (int) Math.round(schedule.getTime());
        weekTally.reset();
        users.compactIfWorthIt();
    }

    private void endWeek() {
        weekTally.addTo(totalTally);
        activeUserWeeks += usersInMeasure();
    }

    /** Users now in the measure: in a stage that is not a destination. */
    int usersInMeasure() {
        int in = 0;
        for (Stage stage : Stage.values()) {
            if (!stage.isDestination()) {
                in += stageCounts[stage.ordinal()];
            }
        }
        return in;
    }

    /** The destinations' duration factors for user group {@code group}'s current parameters, tabulated up to {@code weeks}. */
    DestinationRule.DurationFactors durationFactors(int group, int weeks) {
        if (durationFactors == null) {
            durationFactors = new DestinationRule.DurationFactors[groups.count()];
        }
        if (durationFactors[group] == null || !durationFactors[group].isFor(groups.of(group).destinations())) {
            durationFactors[group] = new DestinationRule.DurationFactors(groups.of(group).destinations());
        }
        return durationFactors[group].upTo(weeks);
    }

    /** The support tapers for user group {@code group}'s current parameters, tabulated up to {@code weeks} in a job. */
    Tapers tapers(int group, int weeks) {
        if (tapers == null) {
            tapers = new Tapers[groups.count()];
        }
        Parameters p = groups.of(group);
        if (tapers[group] == null || !tapers[group].isFor(p.mentors(), p.advisers())) {
            tapers[group] = new Tapers(p.mentors(), p.advisers());
        }
        return tapers[group].upTo(weeks);
    }

    // ---- transitions shared by the rules -------------------------------------------------

    /** Moves a user to another stage, keeping the counts by stage; the only writer of a user's stage. */
    void move(int user, Stage to, Cause cause) {
        move(user, to, cause, null);
    }

    /** {@link #move(int, Stage, Cause)} for a hire or job change, recording how the job was found. */
    void move(int user, Stage to, Cause cause, Route route) {
        Stage from = users.stage(user);
        stageCounts[from.ordinal()]--;
        stageCounts[to.ordinal()]++;
        int[] byGroup = groups.stageCounts[users.group.get(user)];
        byGroup[from.ordinal()]--;
        byGroup[to.ordinal()]++;
        users.setStage(user, to, week);
        CloseFollowUpRule.onStageChange(this, user);
        emit(user, from, to, cause, route);
    }

    /** Adds a newly referred user of a group in stage REFERRED with the given need and initial fit; returns its id. */
    int addUser(int group, double need, double fit) {
        int id = users.add(week, group, need, fit);
        views.addUser(id);
        stageCounts[Stage.REFERRED.ordinal()]++;
        groups.stageCounts[group][Stage.REFERRED.ordinal()]++;
        return id;
    }

    /** Adds a workplace with no mentors (at initialisation; ids are consecutive from 0). */
    void addWorkplace(int employees, int maxMentors, int sector) {
        views.addWorkplace(workplaces.add(employees, maxMentors, sector));
    }

    /** Adds an adviser with no cases (at initialisation; ids are consecutive from 0). */
    void addAdviser(boolean experiencedAtStart, double competence) {
        views.addAdviser(advisers.add(experiencedAtStart, competence));
    }

    /** Adds a newly recruited mentor, active, with no mentees and no traits yet; returns its id. */
    int addMentor(long key, int workplace, int recruitedWeek, int capacity, int room) {
        int id = mentors.add(key, workplace, recruitedWeek, capacity, room);
        views.addMentor(id);
        mentorStateCounts[MentorState.ACTIVE.ordinal()]++;
        return id;
    }

    /** Adds a mentor network group with no members; returns its id. */
    int addNetwork() {
        int id = networks.add();
        views.addNetwork(id);
        return id;
    }

    void emit(int user, Stage from, Stage to, Cause cause) {
        emit(user, from, to, cause, null);
    }

    private void emit(int user, Stage from, Stage to, Cause cause, Route route) {
        causeCounts[cause.ordinal()]++;
        int group = users.group.get(user);
        groups.causeCounts[group][cause.ordinal()]++;
        if (listener == null) {
            return;
        }
        listener.onTransition(new Transition(week, user, from, to, cause,
                users.workplace.get(user), users.mentor.get(user), users.adviser.get(user), route, groups.names().get(group),
                users.match.get(user), users.hours.get(user), users.close(user)));
    }

    /** Sets a mentor's role state, keeping the counts by state. */
    void setState(int mentor, MentorState state) {
        mentorStateCounts[mentors.state(mentor).ordinal()]--;
        mentorStateCounts[state.ordinal()]++;
        mentors.setState(mentor, state);
    }

    /** The user's case leaves its adviser; a close slot freed by it is filled at once. */
    void releaseAdviser(int user) {
        int freed = links.releaseAdviser(user);
        if (freed >= 0) {
            CloseFollowUpRule.fillSlots(this, freed, week);
        }
    }

    /** Ends a placement without a hire: the user seeks again (the transition names the mentor). */
    void endPlacement(int user, Cause cause) {
        move(user, Stage.SEEKING, cause);
        links.leaveWorkplace(user);
    }

    /** The user leaves the measure for {@code destination}: workplace and adviser let go. */
    void leaveMeasure(int user, Stage destination) {
        if (users.firstLeftWeek.get(user) < 0) {
            users.firstLeftWeek.set(user, week);
        }
        move(user, destination, Cause.LEFT_MEASURE);
        links.leaveWorkplace(user);
        releaseAdviser(user);
        if (destination == Stage.DISABILITY_BENEFIT) {
            DisabilityWorkRule.onGrant(this, user);
        }
    }

    /** The fit an employer requires in the current week (rises with the adaptability trend). */
    double hireThreshold() {
        return parameters.placement().hireThreshold()
                + parameters.workplaces().adaptabilityLossPerYear() * week / 52.0;
    }

    /** This week's counters of user {@code user}'s group: where a rule counts what happened to that user. */
    GroupTally tallyOf(int user) {
        return weekTally.group(users.group.get(user));
    }

    /** Counts one job that has lasted jobs.sustainedWeeks, for the run and the user's group. */
    void countSustainedJob(int user) {
        sustainedJobs++;
        groups.sustainedJobs[users.group.get(user)]++;
    }

    // ---- read access ---------------------------------------------------------------------

    public Parameters parameters() {
        return parameters;
    }

    /**
     * The parameters user {@code user} lives by: those of the user's group (the run's without
     * groups). Every rule that reads a per-user parameter ({@code UserGroups.DEVIABLE}) for one
     * user reads it here.
     */
    Parameters parametersOf(int user) {
        Parameters single = groups.single();
        return single != null ? single : groups.of(users.group.get(user));
    }

    /** The run's keyed random streams. */
    public RandomStreams random() {
        return random;
    }

    /** The current week: during and after step k it is k (the first week is 0); -1 before. */
    public int week() {
        return week;
    }

    /** What observers, the GUI, the inspectors and tests read: the agents' views, the counts and tallies. */
    public Views views() {
        return views;
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
