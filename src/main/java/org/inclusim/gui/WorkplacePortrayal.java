package org.inclusim.gui;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.RoundRectangle2D;

/** A workplace: a grey rounded square whose area grows with its number of employees. */
final class WorkplacePortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;

    WorkplacePortrayal(ViewState view) {
        super(view);
    }

    @Override
    double size(Object node) {
        return Math.min(5.5, 1.6 + 0.55 * Math.sqrt(((WorkplaceNode) node).workplace().employees()));
    }

    @Override
    Shape shape(double x, double y, double width) {
        return new RoundRectangle2D.Double(x - width / 2, y - width / 2, width, width, width / 3, width / 3);
    }

    @Override
    Color fill(Object node) {
        return Palette.WORKPLACE;
    }
}
