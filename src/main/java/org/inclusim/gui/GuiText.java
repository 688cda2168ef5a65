package org.inclusim.gui;

import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;

/**
 * The GUI's language: every label, legend and chart title comes from the message catalogue
 * through here. Chosen once at start-up ({@code gui --lang}, the scenario's {@code language:},
 * the locale; English by default) and read wherever text is drawn, so a component built later
 * speaks the same language.
 */
public final class GuiText {
    private static volatile Messages messages = Messages.of(Language.choose(null, null));

    private GuiText() {
    }

    /** Sets the language of everything the GUI draws from now on. */
    public static void use(Language language) {
        messages = Messages.of(language);
    }

    public static Messages messages() {
        return messages;
    }

    /** The text of a catalogue key with its placeholders filled. */
    public static String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
