package org.inclusim.gui;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import sim.field.network.Edge;
import sim.util.Bag;

/**
 * What one community display shows beyond the model: which kinds of ties are drawn (the layer
 * toggles under the display) and which agents are selected. While an agent is selected, its own
 * ties and the agents they lead to are drawn in full and everything else is dimmed.
 *
 * <p>Written on the event thread (toggles, clicks); read while drawing, which MASON does under the
 * schedule's lock, as the model thread rebuilds the ties under the same lock.
 */
final class ViewState {
    private final Set<Tie> shown = Collections.synchronizedSet(EnumSet.allOf(Tie.class));
    private final Set<Object> selected = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile CommunityLayout layout;

    /** The layout of the lane drawn now; a new lane forgets the selection. */
    void follow(CommunityLayout next) {
        layout = next;
        selected.clear();
    }

    boolean shows(Tie tie) {
        return shown.contains(tie);
    }

    void show(Tie tie, boolean on) {
        if (on) {
            shown.add(tie);
        } else {
            shown.remove(tie);
        }
    }

    void select(Object node, boolean on) {
        if (on) {
            selected.add(node);
        } else {
            selected.remove(node);
        }
    }

    boolean isSelected(Object node) {
        return selected.contains(node);
    }

    /** True while an agent that is drawn is selected: then the rest is dimmed. */
    boolean focused() {
        CommunityLayout current = layout;
        if (current == null) {
            return false;
        }
        synchronized (selected) {
            for (Object node : selected) {
                if (current.community().exists(node)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if a tie touches a selected agent. */
    boolean inFocus(Edge edge) {
        return selected.contains(edge.from()) || selected.contains(edge.to());
    }

    /** True if an agent is selected or linked to a selected one by a tie that is shown. */
    boolean inFocus(Object node) {
        if (selected.contains(node)) {
            return true;
        }
        CommunityLayout current = layout;
        if (current == null) {
            return false;
        }
        Bag edges = current.ties().getEdges(node, null);
        for (int i = 0; i < edges.size(); i++) {
            Edge e = (Edge) edges.get(i);
            if (shows((Tie) e.info) && selected.contains(e.getOtherNode(node))) {
                return true;
            }
        }
        return false;
    }
}
