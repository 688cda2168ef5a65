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
        String users = GuiText.text("gui.legend.users");
        g.drawString(users, x, y + 11);
        x += g.getFontMetrics().stringWidth(users) + 8;
        for (Stage stage : Stage.values()) {
            if (stage != Stage.EXITED) {
                x = swatch(g, x, y, Palette.stage(stage), GuiText.messages().stage(stage.label()), true);
            }
        }
        x = 8;
        y += ROW;
        g.setPaint(Color.DARK_GRAY);
        String mentors = GuiText.text("gui.legend.mentors");
        g.drawString(mentors, x, y + 11);
        x += g.getFontMetrics().stringWidth(mentors) + 8;
        x = swatch(g, x, y, Palette.strain(0, 1), GuiText.text("gui.legend.no_strain"), false);
        x = swatch(g, x, y, Palette.strain(0.75, 1), GuiText.text("gui.legend.high_strain"), false);
        x = swatch(g, x, y, Palette.BURNT_OUT, GuiText.text("gui.legend.burnt_out"), false);
        g.setPaint(Color.DARK_GRAY);
        g.drawString(GuiText.text("gui.legend.super_mentor"), x, y + 11);
        x = 8;
        y += ROW;
        x = swatch(g, x, y, Palette.WORKPLACE, GuiText.text("gui.legend.workplace"), false);
        x = swatch(g, x, y, Palette.ADVISER, GuiText.text("gui.legend.adviser"), true);
        x = line(g, x, y, Tie.MENTORING, GuiText.text("gui.legend.mentoring"));
        x = line(g, x, y, Tie.CLOSE_FOLLOW_UP, GuiText.text("gui.legend.close"));
        x = line(g, x, y, Tie.STANDARD_FOLLOW_UP, GuiText.text("gui.legend.standard"));
        line(g, x, y, Tie.NETWORK, GuiText.text("gui.legend.network"));
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
