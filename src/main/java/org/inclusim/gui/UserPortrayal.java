package org.inclusim.gui;

import java.awt.Color;

/** A user: a small circle in the colour of its stage. */
final class UserPortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;

    UserPortrayal(ViewState view) {
        super(view);
    }

    @Override
    double size(Object node) {
        return 1.3;
    }

    @Override
    Color fill(Object node) {
        return Palette.stage(((UserNode) node).user().stage());
    }
}
