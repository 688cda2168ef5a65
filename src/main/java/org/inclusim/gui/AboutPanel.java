package org.inclusim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.inclusim.scenario.Exercise;

/**
 * The Console's About tab: what the model is and how to use the GUI, then the guided exercises
 * (docs/teaching.md), each loaded in one click: its scenario, with its variant in display A and
 * the one to compare in display B. The chosen exercise shows what to watch and its questions;
 * the answers (for the teacher) only when "show answers" is ticked.
 */
final class AboutPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient InclusionModelWithUI gui;
    private final transient Exercises exercises;
    private final List<JButton> buttons = new ArrayList<>();
    private final JEditorPane details = html("");
    private final JCheckBox answers = new JCheckBox(GuiText.text("gui.about.show_answers"));
    private transient Exercise chosen;

    AboutPanel(InclusionModelWithUI gui, Exercises exercises) {
        super(new BorderLayout());
        this.gui = gui;
        this.exercises = exercises;
        JPanel page = new Page();
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(2, 6, 2, 6);
        page.add(html("<h2>inclusim</h2><p>" + escape(GuiText.text("gui.about.intro")) + "</p><p>"
                + escape(GuiText.text("gui.about.how")) + "</p><h3>" + escape(GuiText.text("gui.about.exercises")) + "</h3>"), c);
        if (exercises.problem() != null) {
            page.add(html("<p>" + escape(GuiText.text("gui.about.no_exercises", exercises.problem())) + "</p>"), c);
        }
        for (Exercise e : exercises.list()) {
            page.add(row(e), c);
        }
        answers.addActionListener(e -> showDetails());
        page.add(answers, c);
        c.weighty = 1;
        page.add(details, c);
        JScrollPane scroll = new JScrollPane(page);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
        answers.setVisible(false);
    }

    private JPanel row(Exercise e) {
        JPanel row = new JPanel(new BorderLayout(8, 0));
        JButton load = new JButton(GuiText.text("gui.about.load"));
        load.setToolTipText(GuiText.text("gui.about.load_tip", e.scenario().getFileName(), pair(e)));
        load.addActionListener(a -> load(e));
        buttons.add(load);
        row.add(load, BorderLayout.WEST);
        JLabel title = new JLabel("<html><b>" + escape(e.title().in(language())) + "</b><br>" + escape(pair(e)) + "</html>");
        row.add(title, BorderLayout.CENTER);
        row.setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        return row;
    }

    /** Loads an exercise as its button does: its scenario and variants, shown at their start. */
    void load(Exercise e) {
        gui.loadExercise(e);
        chosen = e;
        answers.setVisible(true);
        showDetails();
    }

    private void showDetails() {
        if (chosen == null) {
            return;
        }
        String lang = language();
        StringBuilder page = new StringBuilder("<h3>").append(escape(chosen.title().in(lang))).append("</h3><p><i>")
                .append(escape(GuiText.text("gui.about.loaded", chosen.scenario().getFileName(), pair(chosen))))
                .append("</i></p><p><b>").append(escape(GuiText.text("gui.about.watch"))).append("</b> ")
                .append(escape(chosen.watch().in(lang))).append("</p><ol>");
        for (Exercise.Question q : chosen.questions()) {
            page.append("<li>").append(escape(q.question().in(lang)));
            if (answers.isSelected()) {
                page.append("<br><i>").append(escape(q.answer().in(lang))).append("</i>");
            }
            page.append("</li>");
        }
        page.append("</ol>");
        if (answers.isSelected()) {
            page.append("<p><b>").append(escape(GuiText.text("gui.about.finding"))).append("</b> ")
                    .append(escape(chosen.finding().in(lang))).append("</p>");
        }
        details.setText("<html><body style='font-family:sans-serif'>" + page + "</body></html>");
        details.setCaretPosition(0);
    }

    private static String pair(Exercise e) {
        return e.compare() == null ? GuiText.text("gui.about.alone", e.variant())
                : GuiText.text("gui.about.pair", e.variant(), e.compare());
    }

    private static String language() {
        return GuiText.messages().language().code();
    }

    private static JEditorPane html(String body) {
        JEditorPane pane = new JEditorPane("text/html", "<html><body style='font-family:sans-serif'>" + body + "</body></html>");
        pane.setEditable(false);
        pane.setOpaque(false);
        pane.setFont(pane.getFont().deriveFont(Font.PLAIN));
        pane.setPreferredSize(null);
        pane.setMinimumSize(new Dimension(100, 10));
        return pane;
    }

    /** The page scrolls up and down only: it takes the width of the tab, so text wraps. */
    private static final class Page extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;

        Page() {
            super(new GridBagLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return visible.height - 16;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The exercises listed. */
    Exercises exercises() {
        return exercises;
    }

    /** The "load" button of the exercise at an index. */
    JButton loadButton(int index) {
        return buttons.get(index);
    }

    /** The text of the chosen exercise's details as shown, without markup, spaces collapsed. */
    String detailsText() {
        return details.getText().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    JCheckBox answersBox() {
        return answers;
    }
}
