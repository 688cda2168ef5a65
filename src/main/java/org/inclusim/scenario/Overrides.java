package org.inclusim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Parameter values given in one place of one file, by dotted path, with the node of each value. */
final class Overrides {
    private final String file;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    Overrides(String file) {
        this.file = file;
    }

    void put(String path, Object value, Node node) {
        values.put(path, value);
        nodes.put(path, node);
    }

    String file() {
        return file;
    }

    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    Map<String, Node> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
