package org.inclusim.model;

/**
 * Rule: advisers take referred users into their caseloads, first come first served, going round
 * the advisers and skipping full caseloads. A new case gets close (job-specialist) follow-up if
 * the adviser has fewer than {@code closeCasesPerAdviser} close cases, else standard follow-up
 * (see {@link InclusionModel#move}).
 */
final class IntakeRule {
    private IntakeRule() {
    }

    static void apply(InclusionModel model) {
        IdQueue queue = model.referralQueue;
        while (!queue.isEmpty()) {
            int user = queue.peek();
            if (model.users.stage(user) != Stage.REFERRED) {
                queue.poll();
                continue;
            }
            int adviser = nextAdviserWithRoom(model);
            if (adviser < 0) {
                return;
            }
            queue.poll();
            model.links.assignAdviser(user, adviser, model.week());
            model.move(user, Stage.SEEKING, Cause.INTAKE);
        }
    }

    /** The next adviser, going round from the cursor, whose caseload has room; -1 if none. */
    private static int nextAdviserWithRoom(InclusionModel model) {
        int n = model.advisers.size();
        int capacity = model.parameters().advisers().caseloadCapacity();
        for (int i = 0; i < n; i++) {
            int id = (model.adviserCursor + i) % n;
            if (model.advisers.caseloadSize(id) < capacity) {
                model.adviserCursor = (model.adviserCursor + i + 1) % n;
                return id;
            }
        }
        return -1;
    }
}
