package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;

/**
 * A user's trajectory as a timeline: one bar from referral to now, coloured by stage in the
 * shared palette, with each job loss marked by a triangle and its cause; below, each step in
 * plain words ("week 14: employed (hired)").
 */
final class TimelinePanel extends HistoryPicture {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<Transition>> trajectory;

    TimelinePanel(Supplier<List<Transition>> trajectory, IntSupplier week) {
        super(new Bar(trajectory, week));
        this.trajectory = trajectory;
        refresh();
    }

    /** A stage change that ends a job. */
    static boolean jobLoss(Transition t) {
        return t.from() == Stage.EMPLOYED && t.to() != Stage.EMPLOYED;
    }

    @Override
    List<String> describe() {
        List<String> text = new ArrayList<>();
        for (Transition t : trajectory.get()) {
            text.add(GuiText.text(jobLoss(t) ? "gui.timeline.job_loss" : "gui.timeline.step", Plain.week(t.week()),
                    GuiText.messages().stage(t.to().label()), Plain.cause(t.cause())));
        }
        return text;
    }

    /** The drawing: the bar, week ticks and job-loss marks. */
    private static final class Bar extends JComponent {
        private static final long serialVersionUID = 1L;
        private static final int LEFT = 10;
        private static final int BAR_TOP = 26;
        private static final int BAR_HEIGHT = 16;
        private final transient Supplier<List<Transition>> trajectory;
        private final transient IntSupplier week;

        Bar(Supplier<List<Transition>> trajectory, IntSupplier week) {
            this.trajectory = trajectory;
            this.week = week;
            setPreferredSize(new Dimension(380, 64));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            List<Transition> steps = trajectory.get();
            if (steps.isEmpty()) {
                return;
            }
            Graphics2D g = (Graphics2D) graphics;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(getFont().deriveFont(Font.PLAIN, 10f));
            int first = steps.get(0).week();
            int last = Math.max(week.getAsInt() + 1, steps.get(steps.size() - 1).week() + 1);
            double perWeek = (getWidth() - 2.0 * LEFT) / Math.max(1, last - first);
            for (int i = 0; i < steps.size(); i++) {
                Transition t = steps.get(i);
                int end = i + 1 < steps.size() ? steps.get(i + 1).week() : last;
                int x0 = (int) Math.round(LEFT + (t.week() - first) * perWeek);
                int x1 = (int) Math.round(LEFT + (end - first) * perWeek);
                g.setPaint(Palette.stage(t.to()));
                g.fillRect(x0, BAR_TOP, Math.max(1, x1 - x0), BAR_HEIGHT);
            }
            g.setPaint(Palette.OUTLINE);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(LEFT, BAR_TOP, getWidth() - 2 * LEFT, BAR_HEIGHT);
            g.drawString(Plain.week(first), LEFT, BAR_TOP + BAR_HEIGHT + 12);
            String now = Plain.week(last - 1);
            g.drawString(now, getWidth() - LEFT - g.getFontMetrics().stringWidth(now), BAR_TOP + BAR_HEIGHT + 12);
            int row = 0;
            for (Transition t : steps) {
                if (jobLoss(t)) {
                    double x = LEFT + (t.week() - first) * perWeek;
                    Path2D.Double mark = new Path2D.Double();
                    mark.moveTo(x - 5, BAR_TOP - 8);
                    mark.lineTo(x + 5, BAR_TOP - 8);
                    mark.lineTo(x, BAR_TOP);
                    mark.closePath();
                    g.setPaint(Color.BLACK);
                    g.fill(mark);
                    String cause = Plain.cause(t.cause());
                    int w = g.getFontMetrics().stringWidth(cause);
                    int tx = (int) Math.max(0, Math.min(getWidth() - w, x - w / 2.0));
                    g.drawString(cause, tx, BAR_TOP - 10 - 10 * (row++ % 2));
                }
            }
        }
    }
}
