package org.inclusim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JFrame;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * One community display: a MASON {@link Display2D} in its own frame, with the ties drawn under
 * the agents and the legend below. Shows one lane at a time ({@link #show}).
 */
final class CommunityView {
    static final int WIDTH_PIXELS = 720;
    static final int HEIGHT_PIXELS = 540;
    /** The drawing area at scale 1. */
    static final Dimension FIELD = new Dimension(WIDTH_PIXELS, HEIGHT_PIXELS);

    private final Display2D display;
    private final JFrame frame;
    private final ContinuousPortrayal2D agents = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();

    CommunityView(GUIState gui, String title) {
        agents.setPortrayalForClass(UserNode.class, new UserPortrayal());
        agents.setPortrayalForClass(MentorNode.class, new MentorPortrayal());
        agents.setPortrayalForClass(WorkplaceNode.class, new WorkplacePortrayal());
        agents.setPortrayalForClass(AdviserNode.class, new AdviserPortrayal());
        ties.setPortrayalForAll(new TiePortrayal());
        display = new Display2D(WIDTH_PIXELS, HEIGHT_PIXELS, gui);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        display.attach(ties, "Ties");
        display.attach(agents, "Agents");
        frame = display.createFrame();
        frame.getContentPane().add(new LegendPanel(), BorderLayout.SOUTH);
        frame.setTitle(title);
        frame.pack();
    }

    Display2D display() {
        return display;
    }

    JFrame frame() {
        return frame;
    }

    ContinuousPortrayal2D agents() {
        return agents;
    }

    /** Draws this lane from now on. */
    void show(Lane lane, String title) {
        agents.setField(lane.layout().community());
        ties.setField(new SpatialNetwork2D(lane.layout().community(), lane.layout().ties()));
        frame.setTitle(title);
        display.reset();
        display.repaint();
    }
}
