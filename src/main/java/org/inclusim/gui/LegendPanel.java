package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;

/**
 * The key to the community display, below it: a coloured mark for every stage and mentor state
 * the display draws, the other marks, what it does not draw in plain text (users who left the
 * measure, whom the stage chart counts by destination, at the end of the users' row; mentors out
 * of the role among the other marks, then the chart that counts them), and the kinds of ties,
 * each with a check box that shows or hides that layer. Stages and states come from
 * {@link Stage#values()} and {@link MentorState#values()}, split by {@link CommunityLayout#drawn},
 * named and coloured by key, so one the model adds appears here by itself on the right side. Items wrap onto more lines when
 * they do not fit the display's width.
 */
final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int ICON = 12;
    private final Map<Tie, JCheckBox> toggles = new EnumMap<>(Tie.class);

    /**
     * @param width   the display's width, to wrap at
     * @param onTie   told when a tie kind is switched on or off
     */
    LegendPanel(int width, java.util.function.BiConsumer<Tie, Boolean> onTie) {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBackground(Palette.BACKGROUND);
        row(width, GuiText.text("gui.legend.users"), this::users);
        row(width, GuiText.text("gui.legend.mentors"), this::mentors);
        row(width, GuiText.text("gui.legend.other"), this::others);
        row(width, GuiText.text("gui.legend.ties"), items -> {
            for (Tie tie : Tie.values()) {
                JCheckBox box = new JCheckBox(GuiText.text("gui.legend.tie." + tie.name().toLowerCase(Locale.ROOT)), true);
                box.setIcon(new Swatch(tie, false));
                box.setSelectedIcon(new Swatch(tie, true));
                box.setOpaque(false);
                box.setFont(small());
                box.addItemListener(e -> onTie.accept(tie, box.isSelected()));
                toggles.put(tie, box);
                items.add(box);
            }
        });
    }

    /** The check box of a tie kind. */
    JCheckBox toggle(Tie tie) {
        return toggles.get(tie);
    }

    private void row(int width, String head, Consumer<List<Component>> fill) {
        JPanel row = new JPanel(new WrapLayout(width));
        row.setOpaque(false);
        JLabel title = new JLabel(head);
        title.setFont(small().deriveFont(Font.BOLD));
        row.add(title);
        List<Component> items = new ArrayList<>();
        fill.accept(items);
        items.forEach(row::add);
        row.setAlignmentX(LEFT_ALIGNMENT);
        add(row);
    }

    private void users(List<Component> items) {
        for (Stage stage : Stage.values()) {
            if (!CommunityLayout.drawn(stage)) {
                continue;
            }
            items.add(item(GuiText.messages().stage(stage.label()), new Swatch(circle(), Palette.stage(stage), 1f, false)));
        }
        items.add(item(GuiText.text("gui.legend.not_drawn_users", GuiText.text("gui.chart.stages")), null));
    }

    private void mentors(List<Component> items) {
        // One item for the strain scale (two squares), so that the mentors' row keeps to one line.
        items.add(item(GuiText.text("gui.legend.strain_scale"), new Pair(new Swatch(square(), Palette.strain(0, 1), 1f, false),
                new Swatch(square(), Palette.strain(0.9, 1), 1f, false))));
        for (MentorState state : MentorState.values()) {
            if (state != MentorState.ACTIVE && CommunityLayout.drawn(state)) {
                items.add(item(GuiText.messages().mentorState(state.label()),
                        new Swatch(square(), Palette.mentorState(state), 1f, state == MentorState.ON_LEAVE)));
            }
        }
        items.add(item(GuiText.text("gui.legend.super_mentor"), new Swatch(square(), Palette.strain(0, 1), 2.5f, false)));
    }

    private void others(List<Component> items) {
        items.add(item(GuiText.text("gui.legend.workplace"),
                new Swatch(new RoundRectangle2D.Double(0, 0, ICON, ICON, 4, 4), Palette.WORKPLACE, 1f, false)));
        items.add(item(GuiText.text("gui.legend.adviser"), new Swatch(diamond(), Palette.ADVISER, 1f, false)));
        items.add(item(GuiText.text("gui.legend.queue"), new Swatch(circle(), Palette.stage(Stage.REFERRED), 1f, false)));
        items.add(item(GuiText.text("gui.legend.selected"), new Swatch(circle(), Palette.SELECTION, 1f, false)));
        // Here rather than in the mentors' row, which then keeps to one line.
        List<String> gone = java.util.Arrays.stream(MentorState.values()).filter(s -> !CommunityLayout.drawn(s))
                .map(s -> GuiText.messages().mentorState(s.label())).toList();
        items.add(item(GuiText.text("gui.legend.not_drawn_mentors", String.join(", ", gone)), null));
        items.add(item(GuiText.text("gui.legend.mentors_counted", GuiText.text("gui.chart.mentors")), null));
    }


    private static JLabel item(String text, Icon icon) {
        JLabel label = new JLabel(text, icon, javax.swing.SwingConstants.LEFT);
        label.setFont(small());
        return label;
    }

    private static Font small() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    }

    private static Shape circle() {
        return new Ellipse2D.Double(0, 0, ICON - 1, ICON - 1);
    }

    private static Shape square() {
        return new Rectangle2D.Double(0, 0, ICON - 1, ICON - 1);
    }

    private static Shape diamond() {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(ICON / 2.0, 0);
        d.lineTo(ICON - 1, ICON / 2.0);
        d.lineTo(ICON / 2.0, ICON - 1);
        d.lineTo(0, ICON / 2.0);
        d.closePath();
        return d;
    }

    /** Two legend marks side by side (the two ends of a scale). */
    private record Pair(Icon left, Icon right) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            left.paintIcon(c, g, x, y);
            right.paintIcon(c, g, x + left.getIconWidth() + 2, y);
        }

        @Override
        public int getIconWidth() {
            return left.getIconWidth() + 2 + right.getIconWidth();
        }

        @Override
        public int getIconHeight() {
            return Math.max(left.getIconHeight(), right.getIconHeight());
        }
    }

    /** A legend mark: a filled shape with an outline (optionally a cross), or a tie's line with a check mark. */
    private static final class Swatch implements Icon {
        private final Shape shape;
        private final Color fill;
        private final float outline;
        private final boolean cross;
        private final Tie tie;
        private final boolean checked;

        Swatch(Shape shape, Color fill, float outline, boolean cross) {
            this.shape = shape;
            this.fill = fill;
            this.outline = outline;
            this.cross = cross;
            this.tie = null;
            this.checked = false;
        }

        Swatch(Tie tie, boolean checked) {
            this.shape = null;
            this.fill = null;
            this.outline = 1f;
            this.cross = false;
            this.tie = tie;
            this.checked = checked;
        }

        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(x, y);
            if (tie != null) {
                g.setPaint(Palette.OUTLINE);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(0, 0, ICON - 1, ICON - 1);
                if (checked) {
                    g.draw(new Line2D.Double(2, 6, 5, 9));
                    g.draw(new Line2D.Double(5, 9, 10, 2));
                }
                g.setPaint(Palette.opaque(Palette.tie(tie)));
                g.setStroke(Palette.tieStroke(tie));
                g.draw(new Line2D.Double(ICON + 3, ICON / 2.0, ICON + 25, ICON / 2.0));
            } else {
                g.setPaint(fill);
                g.fill(shape);
                g.setPaint(Palette.OUTLINE);
                g.setStroke(new BasicStroke(outline));
                g.draw(shape);
                if (cross) {
                    g.setPaint(Color.WHITE);
                    g.setStroke(new BasicStroke(1.6f));
                    g.draw(new Line2D.Double(3, 3, ICON - 4, ICON - 4));
                    g.draw(new Line2D.Double(3, ICON - 4, ICON - 4, 3));
                }
            }
            g.dispose();
        }

        @Override
        public int getIconWidth() {
            return tie != null ? ICON + 28 : ICON;
        }

        @Override
        public int getIconHeight() {
            return ICON;
        }
    }
}
