package org.inclusim.gui;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.inclusim.scenario.ScenarioException;
import org.inclusim.scenario.Variant;

/**
 * The Console's Scenario tab: open a scenario YAML file, choose the variant, and optionally a
 * second variant to run side by side with the same seed. Choices apply at the next start; a file
 * that does not load is reported here and the current scenario stays.
 */
final class ScenarioPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final String single = GuiText.text("gui.scenario.none");

    private final InclusionModelWithUI gui;
    private final JLabel file = new JLabel();
    private final JLabel seed = new JLabel();
    private final JComboBox<String> variants = new JComboBox<>();
    private final JComboBox<String> comparisons = new JComboBox<>();
    private final JLabel problem = new JLabel(" ");
    private boolean refreshing;

    ScenarioPanel(InclusionModelWithUI gui) {
        super(new GridBagLayout());
        this.gui = gui;
        JButton open = new JButton(GuiText.text("gui.scenario.open"));
        open.addActionListener(e -> chooseFile());
        variants.addActionListener(e -> {
            if (!refreshing && variants.getSelectedItem() != null) {
                gui.chooseVariant((String) variants.getSelectedItem());
            }
        });
        comparisons.addActionListener(e -> {
            if (!refreshing && comparisons.getSelectedItem() != null) {
                String chosen = (String) comparisons.getSelectedItem();
                gui.chooseComparison(single.equals(chosen) ? null : chosen);
            }
        });
        problem.setForeground(new Color(170, 0, 0));
        int row = 0;
        add(new JLabel(GuiText.text("gui.scenario.scenario")), at(0, row));
        add(file, at(1, row++));
        add(open, at(1, row++));
        add(new JLabel(GuiText.text("gui.scenario.variant")), at(0, row));
        add(variants, at(1, row++));
        add(new JLabel(GuiText.text("gui.scenario.side_by_side")), at(0, row));
        add(comparisons, at(1, row++));
        add(new JLabel(GuiText.text("gui.scenario.seed")), at(0, row));
        add(seed, at(1, row++));
        GridBagConstraints note = at(0, row++);
        note.gridwidth = 2;
        add(new JLabel("<html>" + AboutPanel.escape(GuiText.text("gui.scenario.note")) + "</html>"), note);
        GridBagConstraints last = at(0, row);
        last.gridwidth = 2;
        last.weighty = 1;
        add(problem, last);
        refresh();
    }

    private static GridBagConstraints at(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = x;
        c.insets = new Insets(4, 6, 4, 6);
        return c;
    }

    private void chooseFile() {
        File start = gui.scenario().file().toAbsolutePath().getParent().toFile();
        JFileChooser chooser = new JFileChooser(start);
        chooser.setFileFilter(new FileNameExtensionFilter(GuiText.text("gui.scenario.yaml_files"), "yaml", "yml"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            load(chooser.getSelectedFile().toPath());
        }
    }

    /** Loads a scenario file, or shows why it cannot be loaded. */
    void load(java.nio.file.Path path) {
        try {
            gui.loadScenario(path);
            problem.setText(" ");
        } catch (ScenarioException e) {
            problem.setText("<html>" + e.getMessage().replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</html>");
        }
    }

    /** Shows the GUI's current choices. */
    void refresh() {
        refreshing = true;
        try {
            file.setText(gui.scenario().file() + " (" + gui.scenario().name() + ")");
            variants.removeAllItems();
            comparisons.removeAllItems();
            comparisons.addItem(single);
            for (Variant v : gui.scenario().variants()) {
                variants.addItem(v.name());
                if (!v.name().equals(gui.variant().name())) {
                    comparisons.addItem(v.name());
                }
            }
            variants.setSelectedItem(gui.variant().name());
            comparisons.setSelectedItem(gui.comparison() == null ? single : gui.comparison().name());
            seed.setText(Long.toString(gui.laneSetups().get(0).recipe().seed()));
        } finally {
            refreshing = false;
        }
    }

    JComboBox<String> variantChooser() {
        return variants;
    }

    JComboBox<String> comparisonChooser() {
        return comparisons;
    }

    String problem() {
        return problem.getText();
    }
}
