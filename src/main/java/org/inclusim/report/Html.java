package org.inclusim.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes HTML: every value escaped, tables row by row, images embedded as data URIs (see {@link #write}). */
final class Html {
    private final StringBuilder sb = new StringBuilder(1 << 16);
    /** The images in page order, their data still to be put in. */
    private final List<Image> images = new ArrayList<>();

    /** Where an image's data goes in the text, and its file. */
    private record Image(int at, Path png) {
    }

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

    /**
     * An embedded PNG with its alternative text, tagged with its name for tests. The image's
     * bytes are not needed yet: they are put in by {@link #write} (so the page's text can be
     * written while the charts are drawn).
     */
    Html image(String name, Path png, String alt) {
        if (png == null) {
            return this;
        }
        raw("<figure data-chart=\"" + esc(name) + "\"><img alt=\"").text(alt).raw("\" src=\"data:image/png;base64,");
        images.add(new Image(sb.length(), png));
        return raw("\"></figure>\n");
    }

    /** The PNG files the page embeds, in page order. */
    List<Path> imageFiles() {
        return images.stream().map(Image::png).toList();
    }

    /**
     * Writes the page as UTF-8, each image's data in its place: {@code base64} holds the Base64
     * text (ASCII) of every file of {@link #imageFiles}.
     */
    void write(Path file, Map<Path, byte[]> base64) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            int from = 0;
            for (Image image : images) {
                out.write(sb.substring(from, image.at()).getBytes(StandardCharsets.UTF_8));
                byte[] data = base64.get(image.png());
                if (data == null) {
                    throw new IllegalStateException("no image data for " + image.png());
                }
                out.write(data);
                from = image.at();
            }
            out.write(sb.substring(from).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The page's text, without the images' data. */
    @Override
    public String toString() {
        return sb.toString();
    }
}
