package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One read-only view object per agent, by id, created when the agent is added: what
 * observers, the GUI and tests see. The model's rules work on the tables by id and never
 * need a view.
 */
final class Views implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<User> users = new ArrayList<>();
    private final List<Mentor> mentors = new ArrayList<>();
    private final List<Workplace> workplaces = new ArrayList<>();
    private final List<Adviser> advisers = new ArrayList<>();
    private final List<MentorNetwork> networks = new ArrayList<>();

    void addUser(InclusionModel model, int id) {
        users.add(new User(model, id));
    }

    void addMentor(InclusionModel model, int id) {
        mentors.add(new Mentor(model, id));
    }

    void addWorkplace(InclusionModel model, int id) {
        workplaces.add(new Workplace(model, id));
    }

    void addAdviser(InclusionModel model, int id) {
        advisers.add(new Adviser(model, id));
    }

    void addNetwork(InclusionModel model, int id) {
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

    List<User> users() {
        return Collections.unmodifiableList(users);
    }

    List<Mentor> mentors() {
        return Collections.unmodifiableList(mentors);
    }

    List<Workplace> workplaces() {
        return Collections.unmodifiableList(workplaces);
    }

    List<Adviser> advisers() {
        return Collections.unmodifiableList(advisers);
    }

    List<MentorNetwork> networks() {
        return Collections.unmodifiableList(networks);
    }
}
