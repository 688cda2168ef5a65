package org.inclusim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** Writes HTML: every value escaped, tables row by row, images embedded as data URIs. */
final class Html {
    private final StringBuilder sb = new StringBuilder(1 << 16);

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Appends markup as is (only for literal markup written in this package). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        sb.append(esc(text));
        return this;
    }

    /** An element with escaped text: {@code <tag>text</tag>}. */
    Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">\n");
    }

    Html paragraph(String cssClass, String text) {
        return raw(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").text(text).raw("</p>\n");
    }

    Html heading(int level, String id, String text) {
        return raw("<h" + level + " id=\"" + esc(id) + "\">").text(text).raw("</h" + level + ">\n");
    }

    /** A table header row of escaped cells. */
    Html header(List<String> cells) {
        raw("<tr>");
        cells.forEach(c -> raw("<th>").text(c).raw("</th>"));
        return raw("</tr>\n");
    }

    /** A table row of escaped cells; cells that start with a number are right-aligned. */
    Html row(List<String> cells) {
        raw("<tr>");
        cells.forEach(c -> raw(NUMBER.matcher(c).lookingAt() ? "<td class=\"num\">" : "<td>").text(c).raw("</td>"));
        return raw("</tr>\n");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-\\u2212<+]?[\\s\\u00a0]?\\d");

    /** An embedded PNG with its alternative text, tagged with its name for tests. */
    Html image(String name, Path png, String alt) throws IOException {
        if (png == null) {
            return this;
        }
        return raw("<figure data-chart=\"" + esc(name) + "\"><img alt=\"").text(alt).raw("\" src=\"data:image/png;base64,")
                .raw(Base64.getEncoder().encodeToString(Files.readAllBytes(png))).raw("\"></figure>\n");
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
