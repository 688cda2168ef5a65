package org.inclusim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.inclusim.io.Durable;
import org.inclusim.io.Json;
import org.inclusim.io.JsonReader;
import org.inclusim.io.IoErrors;
import org.inclusim.io.OutputException;
import org.inclusim.io.OutputFolder;

/**
 * Merges the folders of the shards of one batch into the tables a single-machine batch would
 * have written, byte for byte: the same parts, assembled in the same plan order.
 */
public final class BatchMerger {
    /** Identity keys that every shard of one batch shares (all but the shard itself). */
    private static boolean shared(String key) {
        return !key.equals("shard");
    }

    private BatchMerger() {
    }

    public static void merge(List<Path> shardDirs, Path out) {
        Map<Integer, Path> byShard = new TreeMap<>();
        Properties first = null;
        int count = -1;
        for (Path dir : shardDirs) {
            Properties p = identity(dir);
            if (first == null) {
                first = p;
            }
            Properties a = filtered(first);
            Properties b = filtered(p);
            String difference = BatchIdentity.difference(a, b);
            if (difference != null) {
                throw new OutputException(dir + " is not a shard of the same batch as " + shardDirs.get(0) + ": " + difference);
            }
            Shard shard = Shard.ofFolder(dir);
            if (!Files.isDirectory(new BatchFolder(dir).parts()) && Files.exists(dir.resolve(RunTables.RUNS))) {
                throw new OutputException(dir + " is a finished batch whose tables are already assembled; merge takes the folders"
                        + " of a batch run in shards (batch --shard I/N)");
            }
            if (count >= 0 && shard.count() != count) {
                throw new OutputException(dir + ": shard " + shard + " does not match the others' count " + count);
            }
            count = shard.count();
            if (byShard.put(shard.index(), dir) != null) {
                throw new OutputException(dir + ": shard " + shard + " given twice");
            }
        }
        if (first == null || byShard.size() != count) {
            throw new OutputException("expected all " + count + " shards, got " + byShard.keySet());
        }
        List<Parts.Part> parts = parts(byShard, count, planRuns(shardDirs.get(0), first));
        OutputFolder folder = OutputFolder.prepare(out);
        try {
            boolean draws = first.getProperty(BatchIdentity.DRAWS) != null;
            TableAssembler.assemble(parts, BatchFolder.lines(first, "varied"), draws, folder.staging());
            if (draws) {
                copyDraws(byShard.values().iterator().next(), folder.staging());
            }
            Map<String, Object> manifest = mergedManifest(byShard);
            Durable.writeText(folder.staging().resolve(Manifest.FILE), w -> Json.write(manifest, w));
            folder.commit();
        } catch (IOException e) {
            throw new OutputException(out + ": cannot write the merged tables (" + IoErrors.describe(e) + ")");
        } finally {
            folder.discard();
        }
    }

    /** The shards' draws.csv (the same in each, as their identities match), copied byte for byte. */
    private static void copyDraws(Path shard, Path staging) throws IOException {
        Path from = shard.resolve(DrawnSets.FILE);
        if (!Files.isRegularFile(from)) {
            throw new OutputException(shard + " has no " + DrawnSets.FILE + "; rerun that shard to finish it");
        }
        byte[] bytes = Files.readAllBytes(from);
        Durable.writeText(staging.resolve(DrawnSets.FILE), w -> w.write(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Properties filtered(Properties p) {
        Properties out = new Properties();
        p.stringPropertyNames().stream().filter(BatchMerger::shared).forEach(k -> out.setProperty(k, p.getProperty(k)));
        return out;
    }

    /** Every run's part, in plan order, each checked against its shard's index; a missing or damaged one is refused. */
    private static List<Parts.Part> parts(Map<Integer, Path> byShard, int count, int runs) {
        Map<Integer, Parts> indexes = new TreeMap<>();
        try {
            for (Map.Entry<Integer, Path> e : byShard.entrySet()) {
                Parts parts = Parts.read(new BatchFolder(e.getValue()).parts());
                indexes.put(e.getKey(), parts);
                List<Integer> ids = new ArrayList<>();
                for (int id = e.getKey() - 1; id < runs; id += count) {
                    ids.add(id);
                }
                Map<Integer, String> damaged = parts.verify(ids);
                if (!damaged.isEmpty()) {
                    Map.Entry<Integer, String> d = damaged.entrySet().iterator().next();
                    throw new OutputException(e.getValue() + ": run " + d.getKey() + " is damaged (" + d.getValue() + ")"
                            + (damaged.size() > 1 ? " and " + (damaged.size() - 1) + " more" : "")
                            + "; rerun that shard's batch command: it redoes damaged runs");
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot read the shards' parts (" + IoErrors.describe(e) + ")");
        }
        List<Parts.Part> inOrder = new ArrayList<>(runs);
        for (int id = 0; id < runs; id++) {
            int shard = id % count + 1;
            int runId = id;
            inOrder.add(indexes.get(shard).part(id).orElseThrow(() -> new OutputException("run " + runId + " is missing from "
                    + byShard.get(shard) + "; rerun that shard (it resumes)")));
        }
        return inOrder;
    }

    /**
     * The first shard's manifest (scenario, variants, design, sensitivity, parameters, code) with
     * the runs of all shards in plan order, kind "merge" and the shard folders.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergedManifest(Map<Integer, Path> byShard) throws IOException {
        Map<String, Object> merged = null;
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Path dir : byShard.values()) {
            Path file = dir.resolve(Manifest.FILE);
            if (!Files.exists(file)) {
                throw new OutputException(dir + " has no " + Manifest.FILE + "; rerun that shard to finish it");
            }
            Object parsed;
            try {
                parsed = JsonReader.parse(Files.readString(file));
            } catch (IllegalArgumentException e) {
                throw damaged(file, e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> m) || !((m.containsKey("runs") ? m.get("runs") : List.of()) instanceof List<?> list)
                    || !list.stream().allMatch(r -> r instanceof Map<?, ?> run && run.get("run_id") instanceof Number)) {
                throw damaged(file, "not an inclusim manifest with a list of runs");
            }
            if (merged == null) {
                merged = new LinkedHashMap<>((Map<String, Object>) m);
            }
            for (Object run : list) {
                runs.add((Map<String, Object>) run);
            }
        }
        runs.sort(java.util.Comparator.comparingDouble(r -> ((Number) r.get("run_id")).doubleValue()));
        merged.put("kind", "merge");
        merged.put("runs", runs);
        merged.put("shards", byShard.values().stream().map(Path::toString).toList());
        merged.put("code", CodeVersion.describe());
        return merged;
    }

    private static int planRuns(Path dir, Properties identity) {
        String value = identity.getProperty("plan.runs");
        try {
            int runs = Integer.parseInt(value);
            if (runs >= 0) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw damaged(dir.resolve(BatchFolder.IDENTITY), "plan.runs = " + value + " is not a number of runs");
    }

    private static OutputException damaged(Path file, String what) {
        return new OutputException(file + ": " + what + "; the file is damaged (rerun that shard into a new folder)");
    }

    private static Properties identity(Path dir) {
        Path file = dir.resolve(BatchFolder.IDENTITY);
        if (!Files.isRegularFile(file)) {
            throw new OutputException(dir + " is not a batch folder (no " + BatchFolder.IDENTITY + ")");
        }
        try {
            return BatchFolder.read(file);
        } catch (IOException e) {
            throw new OutputException(file + ": cannot read (" + IoErrors.describe(e) + ")");
        }
    }
}
