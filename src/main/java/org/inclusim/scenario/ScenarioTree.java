package org.inclusim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The folder tree a scenario may draw other files from ({@code extends}, a calibration's
 * {@code scenario}): the nearest enclosing folder named {@code scenarios}, or else the file's own
 * folder; never the file system root.
 */
final class ScenarioTree {
    /** Name of the folder that bounds a scenario tree. */
    static final String TREE_FOLDER = "scenarios";

    private ScenarioTree() {
    }

    /**
     * The scenario tree a file may extend within: the nearest enclosing folder named
     * {@code scenarios}, or else the file's own folder.
     */
    static Path root(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (Path p = folder; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(TREE_FOLDER)) {
                return p;
            }
        }
        return folder;
    }

    /**
     * A file that {@code from} refers to ({@code extends}, a calibration's {@code scenario}),
     * resolved against its folder, or null with a problem: it must be a valid, relative name of a
     * YAML file ({@code .yaml} or {@code .yml}) inside the scenario tree, not reached through a
     * link out of it; and a file whose tree is the file system root (a file at {@code /}) may not
     * refer to any, so that no scenario can make inclusim read files of the system.
     */
    static Path resolve(Path from, String given, Path root, NodeReader reader, Node at, String key) {
        return resolve(from, given, root, reader, at, key, List.of(".yaml", ".yml"), "a YAML file; expected a scenario file ending in .yaml or .yml");
    }

    /**
     * As {@link #resolve(Path, String, Path, NodeReader, Node, String)}, for a file with one of the
     * given endings; {@code what} completes "'FILE' is not ..." when it has none of them.
     */
    static Path resolve(Path from, String given, Path root, NodeReader reader, Node at, String key, List<String> endings,
                        String what) {
        Path relative;
        try {
            relative = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            reader.problem(at, key, "'" + given + "' is not a valid file name");
            return null;
        }
        Path resolved = from.toAbsolutePath().normalize().getParent().resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(root) || escapesByLink(resolved, root)) {
            reader.problem(at, key, "'" + given + "' is outside the scenario folder " + root
                    + "; a scenario may only refer to files in its own folder tree");
            return null;
        }
        if (root.getParent() == null) {
            reader.problem(at, key, "'" + given + "': " + from.getFileName() + " lies in the file system root, outside any folder named '"
                    + TREE_FOLDER + "', so it may not refer to other files; move both into a folder");
            return null;
        }
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (endings.stream().noneMatch(name::endsWith)) {
            reader.problem(at, key, "'" + given + "' is not " + what);
            return null;
        }
        return resolved;
    }

    private static boolean escapesByLink(Path path, Path root) {
        try {
            return Files.exists(path) && !path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }
}
