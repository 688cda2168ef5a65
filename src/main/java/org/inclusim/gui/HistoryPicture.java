package org.inclusim.gui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * An inspector's picture of an agent's history: a drawing above and the same history as lines of
 * plain text below (readable, selectable by tests and screen readers). {@link #refresh} is
 * called with each inspector update on the event thread.
 */
abstract class HistoryPicture extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JPanel lines = new JPanel(new GridLayout(0, 1));

    HistoryPicture(JComponent drawing) {
        super(new BorderLayout());
        add(drawing, BorderLayout.CENTER);
        lines.setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
        add(lines, BorderLayout.SOUTH);
    }

    /** The history as lines of text, oldest first. */
    abstract List<String> describe();

    /** Re-reads the history: new lines of text and a repaint of the drawing. */
    void refresh() {
        List<String> text = describe();
        if (text.size() != lines.getComponentCount() || changed(text)) {
            lines.removeAll();
            text.forEach(t -> lines.add(new JLabel(t)));
            lines.revalidate();
        }
        repaint();
    }

    private boolean changed(List<String> text) {
        for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).equals(((JLabel) lines.getComponent(i)).getText())) {
                return true;
            }
        }
        return false;
    }

    /** The lines shown now. */
    List<String> lines() {
        return java.util.Arrays.stream(lines.getComponents()).map(c -> ((JLabel) c).getText()).toList();
    }
}
