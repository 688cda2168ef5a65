package org.inclusim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * The inspector of an agent (double click in the display): its facts in plain words with units,
 * a "show internals" box that adds the model's state variables at full precision, and the
 * agent's history as a picture (a user's timeline, a mentor's strain). Refreshed every week while
 * the model runs; reads the agent under the schedule's lock.
 */
final class NodeInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final transient Inspectable node;
    private final transient GUIState gui;
    private final JCheckBox internals = new JCheckBox(GuiText.text("gui.inspect.internals"));
    private final JPanel facts = new JPanel(new GridBagLayout());
    private final HistoryPicture picture;

    NodeInspector(Inspectable node, GUIState gui) {
        this.node = node;
        this.gui = gui;
        setLayout(new BorderLayout());
        setTitle(node.title());
        JLabel title = new JLabel(node.title());
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.WEST);
        top.add(internals, BorderLayout.EAST);
        top.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        internals.addActionListener(e -> updateInspector());
        add(top, BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(facts, BorderLayout.NORTH);
        picture = node.picture();
        if (picture != null) {
            centre.add(picture, BorderLayout.CENTER);
        }
        add(centre, BorderLayout.CENTER);
        setVolatile(true);
        updateInspector();
    }

    /** The picture of the agent's history, or null. */
    HistoryPicture picture() {
        return picture;
    }

    /** The check box that adds the internals. */
    JCheckBox internalsBox() {
        return internals;
    }

    @Override
    public void updateInspector() {
        List<Inspectable.Fact> rows;
        synchronized (gui.state.schedule) {
            rows = new ArrayList<>(node.facts(internals.isSelected()));
        }
        facts.removeAll();
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(1, 6, 1, 6);
        for (int i = 0; i < rows.size(); i++) {
            c.gridy = i;
            c.gridx = 0;
            c.weightx = 0;
            JLabel label = new JLabel(rows.get(i).label());
            label.setForeground(Color.DARK_GRAY);
            facts.add(label, c);
            c.gridx = 1;
            c.weightx = 1;
            facts.add(new JLabel(rows.get(i).value()), c);
        }
        facts.revalidate();
        facts.repaint();
        if (picture != null) {
            picture.refresh();
        }
    }
}
