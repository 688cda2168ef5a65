package org.inclusim.gui;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws one kind of node as a filled shape centred on its location, {@link #size} layout units
 * across, with an outline; a selected node gets a ring, and while something is selected, nodes
 * not tied to it are dimmed ({@link ViewState}). Clicks hit the shape's bounding box (with a
 * pixel of slack), so small nodes can still be picked; a double click opens a {@link NodeInspector}.
 */
abstract class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final double SLACK_PIXELS = 1.5;
    /** Opacity of what is not in focus while an agent is selected. */
    static final float DIMMED = 0.18f;

    private final transient ViewState view;

    NodePortrayal(ViewState view) {
        this.view = view;
    }

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
        Composite before = g.getComposite();
        if (view.focused() && !view.inFocus(node)) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, DIMMED));
        }
        g.setPaint(fill(node));
        g.fill(shape);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
        decorate(node, g, info.draw.x, info.draw.y, width);
        g.setComposite(before);
        if (info.selected || view.isSelected(node)) {
            g.setPaint(Palette.SELECTION);
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

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selected) {
        view.select(wrapper.getObject(), selected);
        return true;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return wrapper == null ? null : new NodeInspector((Inspectable) wrapper.getObject(), state);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : ((Inspectable) wrapper.getObject()).title();
    }
}
