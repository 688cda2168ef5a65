package org.inclusim.gui;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;

/** A NAV adviser: a blue diamond. */
final class AdviserPortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;

    AdviserPortrayal(ViewState view) {
        super(view);
    }

    @Override
    double size(Object node) {
        return 2.6;
    }

    @Override
    Shape shape(double x, double y, double width) {
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x, y - width / 2);
        diamond.lineTo(x + width / 2, y);
        diamond.lineTo(x, y + width / 2);
        diamond.lineTo(x - width / 2, y);
        diamond.closePath();
        return diamond;
    }

    @Override
    Color fill(Object node) {
        return Palette.ADVISER;
    }
}
