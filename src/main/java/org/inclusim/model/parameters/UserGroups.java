package org.inclusim.model.parameters;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user groups of a scenario (empty: one implicit group, everyone with the scenario's values).
 * Each referral belongs to one group, drawn with the group shares; a group may deviate only in
 * the parameters the model reads per user ({@link #DEVIABLE}), through one lookup by the user's
 * group ({@code InclusionModel.parametersOf}).
 *
 * <p>Group values are parameters with paths {@code groups.NAME.share} and
 * {@code groups.NAME.PATH} (e.g. {@code groups.young.users.supportNeedMean}), so variants and
 * designs change them like any parameter. The shares of a non-empty set must sum to 1
 * (within 1e-9), checked when a set is built ({@link #check()}).
 */
public record UserGroups(List<UserGroup> list) implements Serializable {
    /** No groups: everyone is in the implicit group {@link #ALL}. */
    public static final UserGroups NONE = new UserGroups(List.of());
    /** The name of the rows over all groups in runs.csv and weekly.csv; no group may take it. */
    public static final String ALL = "all";
    public static final String PREFIX = "groups.";
    public static final String SHARE = "share";
    /** Most groups in a scenario (a user's group is kept in one byte). */
    public static final int MAX_GROUPS = 20;
    /** Group names: letters, digits, '_' and '-', starting with a letter or digit (no '.': names are path parts). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    /**
     * The parameters a group may deviate in: exactly those the rules read per user through the
     * user's group (docs/ODD.md, user groups). Every other parameter is refused in a group.
     */
    public static final List<String> DEVIABLE = List.of(
            "users.supportNeedMean", "users.supportNeedSpread", "users.initialFitMax", "users.reentryWeeksMean",
            "users.employabilitySpread", "users.employabilityMean",
            "destinations.disabilityPerWeek", "destinations.disabilityNeedEffect", "destinations.disabilityDurationEffectPerYear",
            "destinations.aapPerWeek", "destinations.aapReturnPerWeek", "destinations.educationPerWeek",
            "destinations.educationReturnPerWeek", "destinations.workWithoutNavPerWeek",
            "destinations.workWithoutNavDurationEffectPerYear", "destinations.workWithoutNavReturnPerWeek",
            "destinations.otherPerWeek", "destinations.outOfWorkFactor",
            "destinations.disabilityWorkAtGrant", "destinations.disabilityWorkStartPerWeek", "destinations.disabilityWorkEndPerWeek",
            "search.durationDeclinePerWeek", "search.durationDeclineUntilWeeks",
            "jobs.quitHazardPerWeek", "jobs.shortHoursShare",
            "subsidy.offerShare", "subsidy.firstWeeks", "subsidy.secondWeeks",
            "mentors.subsidisedWeeks");

    private static final ParameterDefinition SHARE_DEFINITION =
            new ParameterDefinition("groups", Share.class.getRecordComponents()[0]);

    /** Only to read the share's bounds and documentation as a {@link Param}. */
    private record Share(
            @Param(value = "1", min = 0, max = 1, unit = "share",
                    doc = "A user group's share of referrals; the shares of a scenario's groups sum to 1.",
                    source = "scenario")
            double share) {
    }

    public UserGroups {
        list = List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Number of groups the model keeps: 1 without groups (the implicit one). */
    public int count() {
        return Math.max(1, list.size());
    }

    /** The group names in declaration order; {@code [all]} without groups. */
    public List<String> names() {
        return list.isEmpty() ? List.of(ALL) : list.stream().map(UserGroup::name).toList();
    }

    /** True if {@code path} names a group value ({@code groups.NAME.…}). */
    public static boolean isGroupPath(String path) {
        return path.startsWith(PREFIX);
    }

    /**
     * The definition of a group value's path (type, bounds, unit): the share's, or the deviated
     * parameter's under the group path; empty for anything else.
     */
    static Optional<ParameterDefinition> definition(String path, Map<String, ParameterDefinition> byPath) {
        String[] parts = split(path);
        if (parts == null || !NAME.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        if (parts[1].equals(SHARE)) {
            return Optional.of(new ParameterDefinition(path, SHARE_DEFINITION));
        }
        return DEVIABLE.contains(parts[1]) ? Optional.of(new ParameterDefinition(path, byPath.get(parts[1]))) : Optional.empty();
    }

    /** Why a {@code groups.…} path is refused (null if it is allowed): one line naming what is allowed. */
    public static String problem(String path) {
        String[] parts = split(path);
        if (parts == null) {
            return "a group value is groups.NAME.share or groups.NAME.PARAMETER";
        }
        if (!NAME.matcher(parts[0]).matches() || parts[0].equals(ALL)) {
            return "'" + parts[0] + "' cannot name a group; use letters, digits, '_' and '-' (at most 32, starting with a "
                    + "letter or digit; not '" + ALL + "')";
        }
        if (parts[1].equals(SHARE) || DEVIABLE.contains(parts[1])) {
            return null;
        }
        return "'" + parts[1] + "' cannot differ between user groups (the model does not read it per user); allowed: "
                + SHARE + ", " + String.join(", ", DEVIABLE);
    }

    /** {group name, rest} of {@code groups.NAME.REST}, or null. */
    private static String[] split(String path) {
        if (!isGroupPath(path)) {
            return null;
        }
        String tail = path.substring(PREFIX.length());
        int dot = tail.indexOf('.');
        return dot <= 0 || dot == tail.length() - 1 ? null : new String[] {tail.substring(0, dot), tail.substring(dot + 1)};
    }

    /** Every group value by path, in declaration order (shares first within a group). */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (UserGroup g : list) {
            values.put(PREFIX + g.name() + "." + SHARE, g.share());
            g.deviations().forEach((path, value) -> values.put(PREFIX + g.name() + "." + path, value));
        }
        return values;
    }

    /**
     * A copy with group values set (already coerced); a new name adds a group at the end. The
     * result is not checked: call {@link #check()} once all values are in.
     */
    UserGroups with(String path, Object value) {
        String problem = problem(path);
        if (problem != null) {
            throw new ParameterException(path, value, problem);
        }
        String[] parts = split(path);
        List<UserGroup> changed = new ArrayList<>(list);
        int index = indexOf(parts[0]);
        UserGroup group = index >= 0 ? changed.get(index) : new UserGroup(parts[0], 0.0, Map.of());
        group = parts[1].equals(SHARE) ? group.withShare(((Number) value).doubleValue()) : group.withDeviation(parts[1], value);
        if (index >= 0) {
            changed.set(index, group);
        } else {
            changed.add(group);
        }
        return new UserGroups(changed);
    }

    private int indexOf(String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks the set as a whole: at most {@link #MAX_GROUPS} groups, shares summing to 1.
     *
     * @throws ParameterException naming the first share and the sum
     */
    public void check() {
        if (list.isEmpty()) {
            return;
        }
        String first = PREFIX + list.get(0).name() + "." + SHARE;
        if (list.size() > MAX_GROUPS) {
            throw new ParameterException(PREFIX + list.get(MAX_GROUPS).name(), list.size() + " groups", "at most " + MAX_GROUPS + " groups");
        }
        double sum = 0;
        for (UserGroup g : list) {
            sum += g.share();
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new ParameterException(first, list.get(0).share(), "the shares of the user groups ("
                    + String.join(", ", names()) + ") sum to " + ParameterDefinition.format(Math.round(sum * 1e9) / 1e9) + "; they must sum to 1");
        }
    }

    /** The group of a uniform draw {@code u} in [0, 1): by cumulative shares in declaration order. */
    public int groupOf(double u) {
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < list.size(); i++) {
            double share = list.get(i).share();
            cumulative += share;
            if (u < cumulative) {
                return i;
            }
            last = share > 0 ? i : last;
        }
        return last;
    }
}
