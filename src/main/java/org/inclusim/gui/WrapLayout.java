package org.inclusim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A {@link FlowLayout} whose preferred height counts the rows it wraps into at the container's
 * width (a plain FlowLayout reports one row, so wrapped items would be cut off), and which never
 * widens its window. Used by the
 * legend, whose items grow with the number of stages and mentor states the model has.
 */
final class WrapLayout extends FlowLayout {
    private static final long serialVersionUID = 1L;
    /**
     * The width the layout asks for: small, so that the display above decides the window's width
     * and the items wrap into it (pack twice after a change of width for the right height).
     */
    private static final int MIN_WIDTH = 200;
    /** Width to wrap at before the container has one. */
    private final int fallbackWidth;

    WrapLayout(int fallbackWidth) {
        super(LEFT, 6, 1);
        this.fallbackWidth = fallbackWidth;
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        return size(target, false);
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            Container sized = target.getParent() != null && target.getParent().getWidth() > 0 ? target.getParent() : target;
            int width = sized.getWidth() > 0 ? sized.getWidth() : fallbackWidth;
            Insets insets = target.getInsets();
            int available = width - insets.left - insets.right - 2 * getHgap();
            int rowWidth = 0;
            int rowHeight = 0;
            int height = 0;
            int widest = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > available) {
                    height += rowHeight + getVgap();
                    widest = Math.max(widest, rowWidth);
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            height += rowHeight + 2 * getVgap() + insets.top + insets.bottom;
            widest = Math.max(widest, rowWidth);
            return new Dimension(Math.min(MIN_WIDTH, widest), height);
        }
    }
}
