package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.presentation.Colours;

/**
 * The colours and strokes of the display, the charts and the legend. Stage and mentor-state
 * colours come from the shared, colour-blind-safe {@link Colours} (the report and the notebooks
 * use the same); the rest (offices, workplaces, ties) only the GUI draws.
 */
public final class Palette {
    public static final Color BACKGROUND = new Color(250, 250, 247);
    public static final Color OFFICE = new Color(232, 237, 245);
    public static final Color WORKPLACE = new Color(222, 222, 214);
    public static final Color WORKPLACE_EDGE = new Color(120, 120, 110);
    public static final Color ADVISER = new Color(40, 70, 160);
    /** A mentor on leave after a burnout: the shared mentor-state colour. */
    public static final Color BURNT_OUT = mentorState(MentorState.ON_LEAVE);
    public static final Color OUTLINE = new Color(40, 40, 40);
    public static final Color MENTORING = new Color(90, 150, 60);
    public static final Color CLOSE_FOLLOW_UP = new Color(40, 70, 160, 150);
    public static final Color STANDARD_FOLLOW_UP = new Color(120, 130, 160, 110);
    public static final Color NETWORK = new Color(160, 90, 170, 150);
    /** The ring around a selected agent. */
    public static final Color SELECTION = new Color(200, 0, 160);
    /** The band of the NAV office and the waiting queue, and the text of region labels. */
    public static final Color REGION_TEXT = new Color(90, 90, 100);

    private static final Color STRAIN_LOW = awt(Colours.mentorState("active"));
    private static final Color STRAIN_MID = awt(Colours.mentorState("strain_mid"));
    private static final Color STRAIN_HIGH = awt(Colours.mentorState("strain_high"));

    private Palette() {
    }

    /** A stage's colour, the same as in the report's charts and the notebooks ({@link Colours}). */
    public static Color stage(Stage stage) {
        return awt(Colours.stage(stage.label()));
    }

    /**
     * A mentor state's colour from the shared palette, by the state's name: every state the model
     * has gets one (a test fails otherwise), so a state added to the model needs only its entry
     * in {@link Colours}. Active mentors are drawn by {@link #strain} instead.
     */
    public static Color mentorState(MentorState state) {
        return awt(Colours.mentorState(state.label()));
    }

    /** A variant's colour by its place in the plan (0: the comparison), as in the report. */
    public static Color variant(int index) {
        return awt(Colours.variant(index));
    }

    /** The AWT colour of a shared RGB value. */
    public static Color awt(Colours.Rgb rgb) {
        return new Color(rgb.packed());
    }

    /** White at no strain through yellow to orange at the burnout threshold. */
    public static Color strain(double strain, double threshold) {
        double x = Math.max(0, Math.min(1, strain / threshold));
        return x < 0.5 ? mix(STRAIN_LOW, STRAIN_MID, x * 2) : mix(STRAIN_MID, STRAIN_HIGH, (x - 0.5) * 2);
    }

    public static Color tie(Tie tie) {
        return switch (tie) {
            case MENTORING -> MENTORING;
            case CLOSE_FOLLOW_UP -> CLOSE_FOLLOW_UP;
            case STANDARD_FOLLOW_UP -> STANDARD_FOLLOW_UP;
            case NETWORK -> NETWORK;
        };
    }

    /** Line width (pixels) and dash of a tie: close follow-up solid and wide, standard follow-up dashed. */
    public static Stroke tieStroke(Tie tie) {
        return switch (tie) {
            case MENTORING -> new BasicStroke(1.6f);
            case CLOSE_FOLLOW_UP -> new BasicStroke(1.4f);
            case STANDARD_FOLLOW_UP -> new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
            case NETWORK -> new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1.5f, 3f}, 0f);
        };
    }

    /** The same colour without transparency. */
    static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** A stroke of the same dash, twice as wide (the ties of a selected agent). */
    static Stroke wider(Stroke stroke) {
        BasicStroke s = (BasicStroke) stroke;
        return new BasicStroke(s.getLineWidth() * 2, s.getEndCap(), s.getLineJoin(), s.getMiterLimit(), s.getDashArray(),
                s.getDashPhase());
    }

    /** The stroke of a chart series: the first variant solid, the compared one dashed. */
    public static Stroke laneStroke(int lane) {
        return lane == 0 ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
