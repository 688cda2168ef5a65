package org.inclusim.io;

/** Text from input made safe to print on a terminal or in a log. */
public final class Text {
    private Text() {
    }

    /**
     * The text with every control character (C0, DEL and C1, line breaks included) shown as an
     * escape such as {@code \u001b}, so that a file name or value from input cannot move the
     * cursor, recolour or clear a terminal, or forge a line of output.
     */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f;
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
