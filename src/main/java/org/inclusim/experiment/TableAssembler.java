package org.inclusim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.inclusim.io.CsvFormat;

/**
 * Writes the four tables of a batch from its runs' parts, in plan order, under one header each.
 * The bytes depend only on the parts and the order, never on threads, shards or interruptions.
 * Each table is written beside its final name and renamed into place.
 */
final class TableAssembler {
    private TableAssembler() {
    }

    /** @param parts the part folders of the runs, in plan order */
    static void assemble(List<Path> parts, List<String> variedPaths, Path out) throws IOException {
        for (String table : RunTables.TABLES) {
            Path staging = out.resolve("." + table + ".tmp");
            try (OutputStream sink = Files.newOutputStream(staging)) {
                sink.write((CsvFormat.line(RunTables.header(table, variedPaths)) + "\n").getBytes(StandardCharsets.UTF_8));
                for (Path part : parts) {
                    try (InputStream in = Files.newInputStream(part.resolve(table))) {
                        in.transferTo(sink);
                    }
                }
            }
            try {
                Files.move(staging, out.resolve(table), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, out.resolve(table), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
