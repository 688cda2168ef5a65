package org.inclusim.gui;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie as a line in the colour and dash of its kind ({@link Palette#tieStroke}): close
 * follow-up solid, standard follow-up dashed, network links dotted. Kinds switched off under the
 * display are not drawn; while an agent is selected its own ties are drawn wider and the rest
 * dimmed ({@link ViewState}). Ties are not clickable.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final transient ViewState view;

    TiePortrayal(ViewState view) {
        this.view = view;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge e = (Edge) object;
        Tie tie = (Tie) e.info;
        if (!view.shows(tie)) {
            return;
        }
        EdgeDrawInfo2D edge = (EdgeDrawInfo2D) info;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Composite before = g.getComposite();
        boolean focused = view.focused();
        g.setPaint(Palette.tie(tie));
        if (focused && view.inFocus(e)) {
            g.setPaint(Palette.opaque(Palette.tie(tie)));
            g.setStroke(Palette.wider(Palette.tieStroke(tie)));
        } else {
            if (focused) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, NodePortrayal.DIMMED));
            }
            g.setStroke(Palette.tieStroke(tie));
        }
        g.draw(new Line2D.Double(edge.draw.x, edge.draw.y, edge.secondPoint.x, edge.secondPoint.y));
        g.setComposite(before);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
