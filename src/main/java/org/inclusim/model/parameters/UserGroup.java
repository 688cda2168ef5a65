package org.inclusim.model.parameters;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user group of a scenario: its name, its share of referrals and the per-user parameters in
 * which it deviates from the scenario's values (by parameter path, coerced to the parameter's
 * type; only paths of {@link UserGroups#DEVIABLE}).
 */
public record UserGroup(String name, double share, Map<String, Object> deviations) implements Serializable {
    public UserGroup {
        deviations = Collections.unmodifiableMap(new LinkedHashMap<>(deviations));
    }

    UserGroup withShare(double newShare) {
        return new UserGroup(name, newShare, deviations);
    }

    UserGroup withDeviation(String path, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(deviations);
        changed.put(path, value);
        return new UserGroup(name, share, changed);
    }
}
