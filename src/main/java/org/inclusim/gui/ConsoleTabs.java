package org.inclusim.gui;

import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import sim.display.Console;

/**
 * MASON's Console in the GUI's language: its tabs retitled from the catalogue, and its About tab
 * replaced by the GUI's own page (the model, how to use it, the exercises).
 */
final class ConsoleTabs {
    /** MASON's tab titles, as it creates them, and their catalogue keys. */
    private static final String[][] TABS = {{"About", "gui.tab.about"}, {"Console", "gui.tab.console"},
        {"Displays", "gui.tab.displays"}, {"Inspectors", "gui.tab.inspectors"}, {"Model", "gui.tab.model"}};

    private ConsoleTabs() {
    }

    static void translate(Console console, JComponent about) {
        JTabbedPane tabs = console.getTabPane();
        int index = tabs.indexOfTab("About");
        if (index >= 0) {
            tabs.setComponentAt(index, about);
        }
        for (String[] tab : TABS) {
            int i = tabs.indexOfTab(tab[0]);
            if (i >= 0) {
                tabs.setTitleAt(i, GuiText.text(tab[1]));
            }
        }
    }
}
