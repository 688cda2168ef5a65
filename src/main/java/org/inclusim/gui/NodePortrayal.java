package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws one kind of node as a filled shape centred on its location, {@link #size} layout units
 * across, with an outline; a selected node gets a ring. Clicks hit the shape's bounding box (with
 * a pixel of slack), so small nodes can still be picked for inspection.
 */
abstract class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final double SLACK_PIXELS = 1.5;

    /** Size across in layout units. */
    abstract double size(Object node);

    abstract Color fill(Object node);

    /** The shape at a centre and size in pixels; a circle unless overridden. */
    Shape shape(double x, double y, double width) {
        return new Ellipse2D.Double(x - width / 2, y - width / 2, width, width);
    }

    /** Draws marks on top of the shape (e.g. burnout); nothing by default. */
    void decorate(Object node, Graphics2D g, double x, double y, double width) {
    }

    @Override
    public final void draw(Object node, Graphics2D g, DrawInfo2D info) {
        double width = size(node) * info.draw.width;
        Shape shape = shape(info.draw.x, info.draw.y, width);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(fill(node));
        g.fill(shape);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
        decorate(node, g, info.draw.x, info.draw.y, width);
        if (info.selected) {
            g.setPaint(Color.MAGENTA);
            g.setStroke(new BasicStroke(2f));
            double ring = width * 1.4 + 4;
            g.draw(new Ellipse2D.Double(info.draw.x - ring / 2, info.draw.y - ring / 2, ring, ring));
        }
    }

    @Override
    public final boolean hitObject(Object node, DrawInfo2D range) {
        double width = size(node) * range.draw.width + 2 * SLACK_PIXELS;
        return new Rectangle2D.Double(range.draw.x - width / 2, range.draw.y - width / 2, width, width)
                .intersects(range.clip.getX(), range.clip.getY(), range.clip.getWidth(), range.clip.getHeight());
    }
}
