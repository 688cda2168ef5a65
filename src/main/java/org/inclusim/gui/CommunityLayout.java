package org.inclusim.gui;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.model.Adviser;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorNetwork;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.User;
import org.inclusim.model.Workplace;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * Where the display puts every agent of one run, recomputed after each week.
 *
 * <p>The NAV office is a band on the left: users waiting for an adviser (stage referred) queue at
 * its top, the advisers stand in a column below with the users they follow on a ring around
 * them. Workplaces fill a grid on the right; each has its mentors on an inner ring and the users
 * placed or employed there on an outer ring. Users who left the measure (a destination stage,
 * whatever destinations the model adds) and mentors out of the role (quit or left the workplace)
 * are not drawn ({@link #drawn(Stage)}, {@link #drawn(MentorState)}): the view is a map of the
 * office and the workplaces, where they no longer are; the stage chart counts the destinations.
 * Ties (mentoring, adviser follow-up, network membership) are rebuilt in {@link #ties()}.
 *
 * <p>Positions depend only on ids, stages and each node's jitter; jitter is drawn from the GUI's
 * own generator when a node first appears, never from the model's streams.
 */
public final class CommunityLayout {
    /** Field width in layout units. */
    public static final double WIDTH = 100;
    /** Field height in layout units. */
    public static final double HEIGHT = 75;
    /** Width of the NAV office band on the left, in layout units. */
    static final double OFFICE_WIDTH = 16;
    /** Left edge of the workplace grid. */
    static final double GRID_LEFT = 20;
    private static final double MARGIN = 4;
    /** Baseline of the labels above the waiting queue and above the workplace grid. */
    static final double QUEUE_LABEL_Y = 2.2;
    /** Top of the waiting queue. */
    private static final double QUEUE_TOP = 3.6;
    /** Top of the adviser column. */
    private static final double ADVISERS_TOP = 14;
    /** Baseline of the label above the advisers. */
    static final double ADVISERS_LABEL_Y = 10.2;

    private final InclusionModel model;
    private final History history;
    private final MersenneTwisterFast guiRandom;
    private final Continuous2D community = new Continuous2D(5.0, WIDTH, HEIGHT);
    private final Network ties = new Network(false);
    private final List<UserNode> users = new ArrayList<>();
    private final Map<Integer, MentorNode> mentors = new HashMap<>();
    private final Map<Integer, WorkplaceNode> workplaces = new HashMap<>();
    private final Map<Integer, AdviserNode> advisers = new HashMap<>();
    private double cellWidth;
    private double cellHeight;
    private int columns;

    /** Whether users in a stage are drawn: every stage in the measure; no destination (the legend says so). */
    static boolean drawn(Stage stage) {
        return !stage.isDestination();
    }

    /** Whether mentors in a state are drawn: those in the role at their workplace (the legend says so). */
    static boolean drawn(MentorState state) {
        return state.inRole();
    }

    CommunityLayout(InclusionModel model, History history, MersenneTwisterFast guiRandom) {
        this.model = model;
        this.history = history;
        this.guiRandom = guiRandom;
    }

    public Continuous2D community() {
        return community;
    }

    public Network ties() {
        return ties;
    }

    /** The node drawn for a user (created on first use). */
    public UserNode node(User user) {
        while (users.size() <= user.id()) {
            users.add(null);
        }
        UserNode node = users.get(user.id());
        if (node == null) {
            node = new UserNode(user, model, history, guiRandom.nextDouble());
            users.set(user.id(), node);
        }
        return node;
    }

    /** The node drawn for a mentor (created on first use). */
    public MentorNode node(Mentor mentor) {
        return mentors.computeIfAbsent(mentor.id(), id -> new MentorNode(mentor, model, history, guiRandom.nextDouble()));
    }

    public WorkplaceNode node(Workplace workplace) {
        return workplaces.computeIfAbsent(workplace.id(), id -> new WorkplaceNode(workplace));
    }

    public AdviserNode node(Adviser adviser) {
        return advisers.computeIfAbsent(adviser.id(), id -> new AdviserNode(adviser));
    }

    /** Places every agent and rebuilds the ties for the model's current state. */
    void place() {
        ties.clear();
        placeWorkplacesAndMentors();
        placeAdvisers();
        placeUsers();
        linkNetworks();
    }

    private void placeWorkplacesAndMentors() {
        List<Workplace> all = model.views().workplaces();
        double areaWidth = WIDTH - GRID_LEFT - MARGIN;
        double areaHeight = HEIGHT - 2 * MARGIN;
        columns = Math.max(1, (int) Math.ceil(Math.sqrt(all.size() * areaWidth / areaHeight)));
        int rows = Math.max(1, (all.size() + columns - 1) / columns);
        cellWidth = areaWidth / columns;
        cellHeight = areaHeight / rows;
        for (int i = 0; i < all.size(); i++) {
            Workplace w = all.get(i);
            Double2D centre = workplaceCentre(i);
            community.setObjectLocation(node(w), centre);
            List<Mentor> inRole = w.mentors();
            for (int k = 0; k < inRole.size(); k++) {
                MentorNode m = node(inRole.get(k));
                community.setObjectLocation(m, ring(centre, 0.2 * cellSize(), k, inRole.size(), m.jitter));
            }
        }
        for (Mentor m : model.views().mentors()) {
            if (!drawn(m.state())) {
                community.remove(node(m));
            }
        }
    }

    private Double2D workplaceCentre(int index) {
        return new Double2D(GRID_LEFT + (index % columns + 0.5) * cellWidth, MARGIN + (index / columns + 0.5) * cellHeight);
    }

    private double cellSize() {
        return Math.min(cellWidth, cellHeight);
    }

    private void placeAdvisers() {
        List<Adviser> all = model.views().advisers();
        double top = ADVISERS_TOP;
        double step = all.size() <= 1 ? 0 : (HEIGHT - top - MARGIN - 2) / (all.size() - 1);
        for (int i = 0; i < all.size(); i++) {
            community.setObjectLocation(node(all.get(i)), new Double2D(OFFICE_WIDTH / 2, top + i * step));
        }
    }

    private void placeUsers() {
        Map<Workplace, List<UserNode>> atWorkplace = new HashMap<>();
        Map<Adviser, List<UserNode>> atAdviser = new HashMap<>();
        List<UserNode> waiting = new ArrayList<>();
        for (User u : model.views().users()) {
            UserNode n = node(u);
            if (u.workplace() != null && (u.stage() == Stage.IN_PLACEMENT || u.stage() == Stage.EMPLOYED)) {
                atWorkplace.computeIfAbsent(u.workplace(), w -> new ArrayList<>()).add(n);
            } else if (u.adviser() != null && drawn(u.stage())) {
                atAdviser.computeIfAbsent(u.adviser(), a -> new ArrayList<>()).add(n);
            } else if (u.stage() == Stage.REFERRED) {
                waiting.add(n);
            } else {
                community.remove(n);
                continue;
            }
            linkUser(u, n);
        }
        List<Workplace> all = model.views().workplaces();
        for (int i = 0; i < all.size(); i++) {
            List<UserNode> here = atWorkplace.getOrDefault(all.get(i), List.of());
            for (int k = 0; k < here.size(); k++) {
                community.setObjectLocation(here.get(k), ring(workplaceCentre(i), 0.38 * cellSize(), k, here.size(), here.get(k).jitter));
            }
        }
        for (Map.Entry<Adviser, List<UserNode>> e : atAdviser.entrySet()) {
            Double2D centre = community.getObjectLocation(node(e.getKey()));
            List<UserNode> here = e.getValue();
            for (int k = 0; k < here.size(); k++) {
                community.setObjectLocation(here.get(k), ring(centre, 3.4, k, here.size(), here.get(k).jitter));
            }
        }
        int perRow = (int) (OFFICE_WIDTH / 1.6);
        for (int k = 0; k < waiting.size(); k++) {
            community.setObjectLocation(waiting.get(k), new Double2D(1 + (k % perRow) * 1.6, QUEUE_TOP + (k / perRow) * 1.6));
        }
    }

    private void linkUser(User u, UserNode n) {
        if (u.mentor() != null && drawn(u.mentor().state())) {
            ties.addEdge(node(u.mentor()), n, Tie.MENTORING);
        }
        if (u.adviser() != null) {
            ties.addEdge(node(u.adviser()), n, u.closeFollowUp() ? Tie.CLOSE_FOLLOW_UP : Tie.STANDARD_FOLLOW_UP);
        }
    }

    private void linkNetworks() {
        for (MentorNetwork network : model.views().networks()) {
            MentorNode previous = null;
            for (Mentor m : network.members()) {
                if (!drawn(m.state())) {
                    continue;
                }
                MentorNode current = node(m);
                if (previous != null) {
                    ties.addEdge(previous, current, Tie.NETWORK);
                }
                previous = current;
            }
        }
    }

    /** Slot {@code k} of {@code n} on a ring around a centre, turned a little by the node's jitter. */
    private static Double2D ring(Double2D centre, double radius, int k, int n, double jitter) {
        double angle = 2 * Math.PI * k / Math.max(n, 1) + 0.35 * jitter - Math.PI / 2;
        return new Double2D(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    }
}
