package org.inclusim.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Streams rows of one table to a CSV file; the header is written on open. */
public final class CsvTableWriter implements Closeable {
    private final Path path;
    private final BufferedWriter out;
    private final int width;
    private long rows;

    /** @param header the column names, or null to write rows only (their width is then not checked) */
    public CsvTableWriter(Path path, List<String> header) throws IOException {
        this.path = path;
        this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.width = header == null ? -1 : header.size();
        if (header != null) {
            out.write(CsvFormat.line(header));
            out.write('\n');
        }
    }

    /** Writes one row; its width must match the header. */
    public void write(List<?> cells) {
        if (width >= 0 && cells.size() != width) {
            throw new IllegalArgumentException(path.getFileName() + ": row has " + cells.size()
                    + " cells, header has " + width);
        }
        try {
            out.write(CsvFormat.line(cells));
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
