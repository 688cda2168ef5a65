package org.inclusim.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.UserGroup;
import org.inclusim.model.parameters.UserGroups;

/**
 * The run's user groups: each group's parameters, the one home of the lookup a rule makes for a
 * user's own parameters ({@link InclusionModel#parametersOf}), and the counts by group (stages,
 * transition causes, sustained jobs) that the observers split outcomes by; what happens to a
 * group's users during a week (hires, job-weeks, re-referrals) is counted in the week tally's
 * {@link GroupTally} of the group. Without groups there
 * is one group, {@link UserGroups#ALL}, whose parameters are the run's.
 *
 * <p>The group names are fixed for the run: a policy change ({@link InclusionModel#setParameters})
 * may change shares and deviations but not which groups exist.
 */
final class UserGroupBook implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> names;
    private Parameters[] parameters;
    private Parameters single;
    private UserGroups groups;
    final int[][] stageCounts;
    final int[][] causeCounts;
    final int[] sustainedJobs;

    UserGroupBook(Parameters base) {
        names = base.groups().names();
        stageCounts = new int[names.size()][Stage.values().length];
        causeCounts = new int[names.size()][Cause.values().length];
        sustainedJobs = new int[names.size()];
        set(base);
    }

    /** Rebuilds every group's parameters from the run's; the groups must be the same ones. */
    void set(Parameters base) {
        if (!base.groups().names().equals(names)) {
            throw new IllegalArgumentException("user groups " + base.groups().names() + " differ from the run's " + names
                    + "; a policy change may change group shares and deviations, not the groups");
        }
        groups = base.groups();
        Parameters[] byGroup = new Parameters[names.size()];
        if (groups.isEmpty()) {
            byGroup[0] = base;
        } else {
            for (int g = 0; g < byGroup.length; g++) {
                UserGroup group = groups.list().get(g);
                byGroup[g] = group.deviations().isEmpty() ? base : ParameterCatalog.instance().with(base, group.deviations());
            }
        }
        parameters = byGroup;
        single = groups.isEmpty() ? base : null;
    }

    /** The parameters every user lives by when there are no groups (so no user's group need be read), else null. */
    Parameters single() {
        return single;
    }

    /** The parameters of group {@code group}. */
    Parameters of(int group) {
        return parameters[group];
    }

    /** The group of a new referral from its uniform draw (0 without groups). */
    int draw(double u) {
        return groups.groupOf(u);
    }

    /** True if referrals draw a group (more than the implicit one). */
    boolean drawn() {
        return !groups.isEmpty();
    }

    int count() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /** Users by stage for each group, by group name in declaration order (copies). */
    Map<String, int[]> stageCountsByGroup() {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (int g = 0; g < names.size(); g++) {
            out.put(names.get(g), stageCounts[g].clone());
        }
        return out;
    }
}
