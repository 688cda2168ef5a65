package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import javax.swing.JPanel;
import org.inclusim.model.Stage;

/** The key to the community display, drawn below it: stages, mentors, agents and ties. */
final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int ROW = 18;

    LegendPanel() {
        setBackground(Palette.BACKGROUND);
        setPreferredSize(new Dimension(600, 3 * ROW + 10));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int x = 8;
        int y = 6;
        g.setPaint(Color.DARK_GRAY);
        g.drawString("Users:", x, y + 11);
        x += 44;
        for (Stage stage : Stage.values()) {
            if (stage != Stage.EXITED) {
                x = swatch(g, x, y, Palette.stage(stage), stage.label().replace('_', ' '), true);
            }
        }
        x = 8;
        y += ROW;
        g.setPaint(Color.DARK_GRAY);
        g.drawString("Mentors:", x, y + 11);
        x += 54;
        x = swatch(g, x, y, Palette.strain(0, 1), "no strain", false);
        x = swatch(g, x, y, Palette.strain(0.75, 1), "high strain", false);
        x = swatch(g, x, y, Palette.BURNT_OUT, "burnt out (X)", false);
        g.setPaint(Color.DARK_GRAY);
        g.drawString("thick border: super-mentor", x, y + 11);
        x = 8;
        y += ROW;
        x = swatch(g, x, y, Palette.WORKPLACE, "workplace (size: employees)", false);
        x = swatch(g, x, y, Palette.ADVISER, "NAV adviser", true);
        x = line(g, x, y, Tie.MENTORING, "mentoring");
        x = line(g, x, y, Tie.CLOSE_FOLLOW_UP, "close follow-up");
        x = line(g, x, y, Tie.STANDARD_FOLLOW_UP, "standard");
        line(g, x, y, Tie.NETWORK, "network");
    }

    private static int swatch(Graphics2D g, int x, int y, Color color, String label, boolean round) {
        g.setPaint(color);
        if (round) {
            g.fillOval(x, y + 2, 11, 11);
        } else {
            g.fillRect(x, y + 2, 11, 11);
        }
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        if (round) {
            g.drawOval(x, y + 2, 11, 11);
        } else {
            g.drawRect(x, y + 2, 11, 11);
        }
        g.drawString(label, x + 15, y + 12);
        return x + 15 + g.getFontMetrics().stringWidth(label) + 12;
    }

    private static int line(Graphics2D g, int x, int y, Tie tie, String label) {
        g.setPaint(Palette.tie(tie));
        g.setStroke(Palette.tieStroke(tie));
        g.draw(new Line2D.Double(x, y + 8, x + 22, y + 8));
        g.setPaint(Palette.OUTLINE);
        g.drawString(label, x + 26, y + 12);
        return x + 26 + g.getFontMetrics().stringWidth(label) + 12;
    }
}
