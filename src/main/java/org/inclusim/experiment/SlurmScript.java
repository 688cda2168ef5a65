package org.inclusim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.StringJoiner;

/**
 * Writes a SLURM job array that runs a batch in shards, one array task per shard, and a merge job
 * that starts when every shard has succeeded; {@code submit.sh} submits both. Every value that
 * reaches a script is single-quoted for the shell; values in {@code #SBATCH} lines (the log
 * paths; the job name is the scenario's name, which is checked to be a plain word) are refused
 * if SLURM cannot carry them: white space, quotes, backslashes, {@code %} (SLURM's file-name
 * patterns, such as {@code %j}) and control characters. See {@link #checkPath}.
 */
public final class SlurmScript {
    private SlurmScript() {
    }

    /** Options of the array tasks; null means "the cluster's default". */
    public record Resources(String partition, String time, String memory, int cpusPerTask) {
    }

    /**
     * Writes array.sbatch, merge.sbatch and submit.sh into {@code out/slurm}; returns submit.sh.
     *
     * @param name the scenario's name (letters, digits, '.', '_', '-'), used in the job names
     * @throws IllegalArgumentException naming a value the scripts cannot carry, before anything is written
     */
    public static Path write(Path scenario, String name, int tasks, Resources resources, Path jar, Path out, int replications)
            throws IOException {
        return write(scenario, name, tasks, resources, jar, out, replications, 0);
    }

    /** As {@link #write(Path, String, int, Resources, Path, Path, int)}, the shards running over {@code parameterDraws} draws (0: the scenario's). */
    public static Path write(Path scenario, String name, int tasks, Resources resources, Path jar, Path out, int replications,
                             int parameterDraws) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("scenario name '" + name + "' cannot be a SLURM job name");
        }
        checkPath(out, "--out", true);
        checkPath(scenario, "the scenario file", false);
        checkPath(jar, "the jar", false);
        Path dir = Files.createDirectories(out.resolve("slurm"));
        String java = "\"${JAVA:-java}\" \"-Xmx${INCLUSIM_HEAP:-2g}\" -jar " + quote(jar);
        StringBuilder array = new StringBuilder("#!/bin/bash\n");
        array.append("#SBATCH --job-name=inclusim-").append(name).append('\n');
        array.append("#SBATCH --array=1-").append(tasks).append('\n');
        array.append("#SBATCH --output=").append(absolute(dir.resolve("shard-%a.log"))).append('\n');
        array.append("#SBATCH --cpus-per-task=").append(resources.cpusPerTask()).append('\n');
        header(array, resources);
        array.append("set -euo pipefail\n");
        array.append(java).append(" batch ").append(quote(scenario)).append(" --replications ").append(replications)
                .append(parameterDraws > 0 ? " --parameter-draws " + parameterDraws : "")
                .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(tasks).append("\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"")
                .append(" --quiet --out ").append(quote(out)).append("/shard-\"${SLURM_ARRAY_TASK_ID}\"\n");
        StringJoiner shards = new StringJoiner(" ");
        for (int i = 1; i <= tasks; i++) {
            shards.add(quote(out.resolve("shard-" + i)));
        }
        StringBuilder merge = new StringBuilder("#!/bin/bash\n");
        merge.append("#SBATCH --job-name=inclusim-").append(name).append("-merge\n");
        merge.append("#SBATCH --output=").append(absolute(dir.resolve("merge.log"))).append('\n');
        header(merge, resources);
        merge.append("set -euo pipefail\n");
        merge.append(java).append(" merge ").append(shards).append(" --out ").append(quote(out.resolve("merged"))).append('\n');
        String submit = "#!/bin/bash\n# Submits the shards as a job array, then the merge once every shard has succeeded.\n"
                + "set -euo pipefail\ncd " + quote(dir) + "\n"
                + "array=$(sbatch --parsable array.sbatch)\n"
                + "merge=$(sbatch --parsable --dependency=afterok:${array%%;*} merge.sbatch)\n"
                + "printf 'submitted array job %s and merge job %s; results in %s\\n' \"${array%%;*}\" \"${merge%%;*}\" "
                + quote(out.resolve("merged")) + "\n";
        write(dir.resolve("array.sbatch"), array.toString());
        write(dir.resolve("merge.sbatch"), merge.toString());
        return write(dir.resolve("submit.sh"), submit);
    }

    private static void header(StringBuilder sb, Resources r) {
        if (r.partition() != null) {
            sb.append("#SBATCH --partition=").append(r.partition()).append('\n');
        }
        if (r.time() != null) {
            sb.append("#SBATCH --time=").append(r.time()).append('\n');
        }
        if (r.memory() != null) {
            sb.append("#SBATCH --mem=").append(r.memory()).append('\n');
        }
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run the scripts with bash explicitly
        }
        return file;
    }

    static String quote(Path path) {
        return "'" + absolute(path).replace("'", "'\\''") + "'";
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /**
     * Refuses a path that a generated script cannot carry: any control character (a line break
     * would start a line of its own), and for a path that goes into an {@code #SBATCH} line also
     * white space, quotes, backslashes and {@code %}.
     *
     * @throws IllegalArgumentException with one line naming the option, the path and the character
     */
    public static void checkPath(Path path, String what, boolean inDirective) {
        String text = absolute(path);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = c < 0x20 || c == 0x7f ? "a control character"
                    : !inDirective ? null
                    : Character.isWhitespace(c) ? "white space"
                    : c == '%' ? "'%' (SLURM reads %j, %a, ... in log paths as patterns)"
                    : c == '"' || c == '\'' || c == '\\' ? "a quote or backslash" : null;
            if (problem != null) {
                throw new IllegalArgumentException(what + " " + org.inclusim.io.Text.printable(text) + ": contains " + problem
                        + ", which SLURM's job scripts cannot carry" + (inDirective ? " in #SBATCH lines" : "")
                        + "; choose a folder without it");
            }
        }
    }

    /**
     * Checks a time limit as SLURM reads it: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS,
     * with minutes and seconds below 60 (and hours below 24 after a day count).
     */
    public static boolean validTime(String time) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:(\\d+)-(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?)|(?:\\d+(?::(\\d{2})){0,2})").matcher(time);
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(2)) < 24 && below60(m.group(3)) && below60(m.group(4));
        }
        String[] parts = time.split(":");
        for (int i = 1; i < parts.length; i++) {
            if (!below60(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean below60(String field) {
        return field == null || Integer.parseInt(field) < 60;
    }

    /** Checks a memory size as SLURM reads it: a whole number with an optional K, M, G or T (0 = all of the node's). */
    public static boolean validMemory(String memory) {
        return memory.matches("(0|[1-9]\\d*)[KMGTkmgt]?");
    }

    /** Checks a partition name (or a comma-separated list): letters, digits, '_', '-' and '.'. */
    public static boolean validPartition(String partition) {
        return partition.matches("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");
    }
}
