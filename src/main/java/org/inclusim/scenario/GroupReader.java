package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.UserGroups;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a scenario's {@code groups} block: group names to a {@code share} and deviations of per-user
 * parameters, written as dotted paths ({@code users.supportNeedMean: 0.7}) or nested by parameter
 * group ({@code users: {supportNeedMean: 0.7}}). The values become the parameters
 * {@code groups.NAME.share} and {@code groups.NAME.PATH} (see {@link UserGroups}).
 */
final class GroupReader {
    private final NodeReader reader;

    GroupReader(NodeReader reader) {
        this.reader = reader;
    }

    Overrides read(Node node) {
        Overrides out = new Overrides(reader.file());
        MappingNode mapping = reader.mapping(node, "groups", "a mapping of user group names to {share: ..., parameter deviations}");
        if (mapping == null) {
            return out;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = reader.keyName(tuple.getKeyNode(), "groups.", seen);
            if (name == null) {
                continue;
            }
            String problem = UserGroups.problem(UserGroups.PREFIX + name + "." + UserGroups.SHARE);
            if (problem != null) {
                reader.problem(tuple.getKeyNode(), "groups." + name, problem);
                continue;
            }
            group(out, name, tuple.getKeyNode(), tuple.getValueNode());
        }
        if (seen.size() > UserGroups.MAX_GROUPS) {
            reader.problem(node, "groups", seen.size() + " groups; at most " + UserGroups.MAX_GROUPS);
        }
        return out;
    }

    private void group(Overrides out, String name, Node nameNode, Node node) {
        String prefix = UserGroups.PREFIX + name + ".";
        MappingNode mapping = reader.mapping(node, "groups." + name, "a mapping with share and the group's parameter deviations");
        if (mapping == null) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = reader.keyName(tuple.getKeyNode(), prefix, seen);
            if (key == null) {
                continue;
            }
            if (!key.contains(".") && ParameterCatalog.instance().groups().contains(key)) {
                nested(out, prefix + key + ".", tuple.getValueNode());
            } else {
                reader.parameter(out, prefix + key, tuple.getKeyNode(), prefix + key, tuple.getValueNode());
            }
        }
        if (!seen.containsKey(UserGroups.SHARE)) {
            reader.problem(nameNode, "groups." + name + ".share", "missing; every user group needs its share of referrals (0 to 1)");
        }
    }

    private void nested(Overrides out, String prefix, Node node) {
        MappingNode mapping = reader.mapping(node, prefix.substring(0, prefix.length() - 1), "a mapping of parameters");
        if (mapping == null) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = reader.keyName(tuple.getKeyNode(), prefix, seen);
            if (key != null) {
                reader.parameter(out, prefix + key, tuple.getKeyNode(), prefix + key, tuple.getValueNode());
            }
        }
    }
}
