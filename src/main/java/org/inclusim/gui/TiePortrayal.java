package org.inclusim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie as a line in the colour and dash of its kind ({@link Palette#tieStroke}): close
 * follow-up solid, standard follow-up dashed, network links dotted. Ties are not clickable.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D edge = (EdgeDrawInfo2D) info;
        Tie tie = (Tie) ((Edge) object).info;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Palette.tie(tie));
        g.setStroke(Palette.tieStroke(tie));
        g.draw(new Line2D.Double(edge.draw.x, edge.draw.y, edge.secondPoint.x, edge.secondPoint.y));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
