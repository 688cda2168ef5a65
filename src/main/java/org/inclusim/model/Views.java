package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What observers, the GUI, the inspectors and tests see of the model, reached as
 * {@link InclusionModel#views()}: one read-only view object per agent, by id, created when the
 * agent is added, and the model's counts, caseloads and tallies. It keeps no state of its own
 * beyond the agent views: every figure is read from the model's tables and counters on each call,
 * so it shows the state as of the last phase run. The model's rules work on the tables by id and
 * never need it.
 */
public final class Views implements Serializable {
    private static final long serialVersionUID = 2L;

    private final InclusionModel model;
    private final List<User> users = new ArrayList<>();
    private final List<Mentor> mentors = new ArrayList<>();
    private final List<Workplace> workplaces = new ArrayList<>();
    private final List<Adviser> advisers = new ArrayList<>();
    private final List<MentorNetwork> networks = new ArrayList<>();

    Views(InclusionModel model) {
        this.model = model;
    }

    void addUser(int id) {
        users.add(new User(model, id));
    }

    void addMentor(int id) {
        mentors.add(new Mentor(model, id));
    }

    void addWorkplace(int id) {
        workplaces.add(new Workplace(model, id));
    }

    void addAdviser(int id) {
        advisers.add(new Adviser(model, id));
    }

    void addNetwork(int id) {
        networks.add(new MentorNetwork(model, id));
    }

    /** The user with the given id, or null for -1. */
    User user(int id) {
        return id < 0 ? null : users.get(id);
    }

    /** The mentor with the given id, or null for -1. */
    Mentor mentor(int id) {
        return id < 0 ? null : mentors.get(id);
    }

    /** The workplace with the given id, or null for -1. */
    Workplace workplace(int id) {
        return id < 0 ? null : workplaces.get(id);
    }

    /** The adviser with the given id, or null for -1. */
    Adviser adviser(int id) {
        return id < 0 ? null : advisers.get(id);
    }

    /** The network group with the given id, or null for -1. */
    MentorNetwork network(int id) {
        return id < 0 ? null : networks.get(id);
    }

    // ---- the agents ----------------------------------------------------------------------

    /** Every user ever referred, in referral order (read-only). */
    public List<User> users() {
        return Collections.unmodifiableList(users);
    }

    /** Every mentor ever recruited, in recruitment order (read-only). */
    public List<Mentor> mentors() {
        return Collections.unmodifiableList(mentors);
    }

    /** Mentors in role now (active, stepped back or on leave), in recruitment order; a new list on each call. */
    public List<Mentor> mentorsInRole() {
        List<Mentor> inRole = new ArrayList<>(mentorPool());
        for (int id = 0, n = model.mentors.size(); id < n; id++) {
            if (model.mentors.state(id).inRole()) {
                inRole.add(mentors.get(id));
            }
        }
        return inRole;
    }

    /** Every workplace, by id (read-only). */
    public List<Workplace> workplaces() {
        return Collections.unmodifiableList(workplaces);
    }

    /** Every adviser, by id (read-only). */
    public List<Adviser> advisers() {
        return Collections.unmodifiableList(advisers);
    }

    /** Every mentor network group, by id (read-only). */
    public List<MentorNetwork> networks() {
        return Collections.unmodifiableList(networks);
    }

    public WorkingLifeCentre workingLifeCentre() {
        return model.workingLifeCentre;
    }

    // ---- counts over the whole run -------------------------------------------------------

    /** Users currently in the given stage. */
    public int stageCount(Stage stage) {
        return model.stageCounts[stage.ordinal()];
    }

    /** Transitions so far with the given cause. */
    public int causeCount(Cause cause) {
        return model.causeCounts[cause.ordinal()];
    }

    /** Jobs that have lasted jobs.sustainedWeeks so far. */
    public int sustainedJobs() {
        return model.sustainedJobs;
    }

    /** Users on disability benefit who work beside it (graded benefit); they are also in {@code stageCount(DISABILITY_BENEFIT)}. */
    public int worksOnBenefitCount() {
        return model.users.worksOnBenefitCount();
    }

    /** Mentors now in the given state. */
    public int mentorCount(MentorState state) {
        return model.mentorStateCounts[state.ordinal()];
    }

    /** Mentors in role now: active, stepped back or on leave. */
    public int mentorPool() {
        return mentorCount(MentorState.ACTIVE) + mentorCount(MentorState.STEPPED_BACK) + mentorCount(MentorState.ON_LEAVE);
    }

    /** Mentors in role right after initialisation (week 0, before any step). */
    public int initialMentorPool() {
        return model.initialMentorPool;
    }

    /** Users in all advisers' caseloads. */
    public int caseloadTotal() {
        return model.advisers.caseloadTotal();
    }

    /** The largest adviser caseload (0 without advisers). */
    public int caseloadLargest() {
        return model.advisers.caseloadLargest();
    }

    /** Cases in close follow-up over all advisers. */
    public int closeCasesTotal() {
        return model.advisers.closeCasesTotal();
    }

    /** Counters of the current (last stepped) week. */
    public WeekTally weekTally() {
        return model.weekTally;
    }

    /** Counters summed over all weeks stepped so far. */
    public WeekTally totalTally() {
        return model.totalTally;
    }

    /** Sum over weeks of users in the measure (in no destination) at the end of each week, in user-weeks. */
    public long activeUserWeeks() {
        return model.activeUserWeeks;
    }

    // ---- counts by user group ------------------------------------------------------------

    /** The user group names in declaration order; {@code [all]} without groups. */
    public List<String> groupNames() {
        return model.groups.names();
    }

    /** Users of group {@code group} (index into {@link #groupNames()}) now in the given stage. */
    public int stageCount(int group, Stage stage) {
        return model.groups.stageCounts[group][stage.ordinal()];
    }

    /** Transitions so far of users of group {@code group} with the given cause. */
    public int causeCount(int group, Cause cause) {
        return model.groups.causeCounts[group][cause.ordinal()];
    }

    /** Jobs of users of group {@code group} that have lasted jobs.sustainedWeeks so far. */
    public int sustainedJobs(int group) {
        return model.groups.sustainedJobs[group];
    }

    /** Cases in close follow-up, over all advisers, of users of group {@code group}. */
    public int closeCases(int group) {
        return model.advisers.closeCasesOfGroup(group, model.users);
    }

    /** Users of group {@code group} (index into {@link #groupNames()}) working beside disability benefit. */
    public int worksOnBenefitCount(int group) {
        return model.users.worksOnBenefitCount(group);
    }
}
