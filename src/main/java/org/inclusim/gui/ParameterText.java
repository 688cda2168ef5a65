package org.inclusim.gui;

import org.inclusim.model.parameters.ParameterDefinition;

/**
 * A parameter's meaning in the GUI's language: the catalogue's {@code parameter.PATH} text where
 * there is one, else the English documentation of its declaration ({@code @Param}).
 */
final class ParameterText {
    private ParameterText() {
    }

    static String doc(ParameterDefinition d) {
        return GuiText.messages().textOr("parameter." + d.path(), d.doc());
    }
}
