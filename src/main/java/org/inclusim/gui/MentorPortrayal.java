package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.inclusim.model.MentorState;

/**
 * A mentor: an active mentor is a square coloured by strain relative to the burnout threshold
 * (white to orange); a mentor in any other state has that state's shared colour, and one on
 * burnout leave a white cross as well; a super-mentor has a thick outline.
 */
final class MentorPortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;

    MentorPortrayal(ViewState view) {
        super(view);
    }

    @Override
    double size(Object node) {
        return 1.5;
    }

    @Override
    Shape shape(double x, double y, double width) {
        return new Rectangle2D.Double(x - width / 2, y - width / 2, width, width);
    }

    @Override
    Color fill(Object node) {
        MentorNode m = (MentorNode) node;
        if (m.mentor().state() != MentorState.ACTIVE) {
            return Palette.mentorState(m.mentor().state());
        }
        return Palette.strain(m.mentor().strain(), m.threshold());
    }

    @Override
    void decorate(Object node, Graphics2D g, double x, double y, double width) {
        MentorNode m = (MentorNode) node;
        double h = width / 2;
        if (m.burntOut()) {
            g.setPaint(Color.WHITE);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x - h * 0.7, y - h * 0.7, x + h * 0.7, y + h * 0.7));
            g.draw(new Line2D.Double(x - h * 0.7, y + h * 0.7, x + h * 0.7, y - h * 0.7));
        }
        if (m.isSuperMentor()) {
            g.setPaint(Palette.OUTLINE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Rectangle2D.Double(x - h, y - h, width, width));
        }
    }
}
