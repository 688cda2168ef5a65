package org.inclusim.experiment;

/**
 * Shard {@code index} (1-based) of {@code count}: the runs whose id modulo count is index - 1.
 * Deterministic, so every machine of a cluster agrees which runs are whose.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": expected i/n with 1 <= i <= n");
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard " + text + ": expected i/n, e.g. 3/8");
    }

    /**
     * The shard a batch folder holds, from its identity file; {@link #ALL} for a folder that is not
     * a batch (a run or a merged folder).
     *
     * @throws org.inclusim.io.OutputException if the identity file is damaged
     */
    public static Shard ofFolder(java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve(BatchFolder.IDENTITY);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return ALL;
        }
        String text = null;
        try {
            text = BatchFolder.read(file).getProperty("shard", ALL.toString());
            return parse(text);
        } catch (java.io.IOException e) {
            throw new org.inclusim.io.OutputException(org.inclusim.io.IoErrors.describe(e));
        } catch (IllegalArgumentException e) {
            throw new org.inclusim.io.OutputException(file + ": shard = " + text + " is not I/N; the file is damaged");
        }
    }

    public boolean contains(RunSpec run) {
        return run.runId() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
