package org.inclusim.gui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The display's background: the NAV office band on the left with its two places named (the
 * queue of users waiting for an adviser, the advisers with the users they follow) and the
 * workplaces named above their grid. Drawn under the ties and agents; not clickable.
 */
final class RegionsPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double sx = info.draw.width / CommunityLayout.WIDTH;
        double sy = info.draw.height / CommunityLayout.HEIGHT;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Palette.OFFICE);
        g.fill(new Rectangle2D.Double(info.draw.x, info.draw.y, CommunityLayout.OFFICE_WIDTH * sx, info.draw.height));
        g.setPaint(Palette.REGION_TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, (int) Math.max(9, Math.round(11 * sx / 7.2))));
        label(g, info, sx, sy, GuiText.text("gui.region.waiting"), 0.6, CommunityLayout.QUEUE_LABEL_Y);
        label(g, info, sx, sy, GuiText.text("gui.region.advisers"), 0.6, CommunityLayout.ADVISERS_LABEL_Y);
        label(g, info, sx, sy, GuiText.text("gui.region.workplaces"), CommunityLayout.GRID_LEFT, CommunityLayout.QUEUE_LABEL_Y);
    }

    private static void label(Graphics2D g, DrawInfo2D info, double sx, double sy, String text, double x, double y) {
        g.drawString(text, (float) (info.draw.x + x * sx), (float) (info.draw.y + y * sy));
    }
}
