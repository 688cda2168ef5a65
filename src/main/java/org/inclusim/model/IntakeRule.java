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
        while (!model.referredQueue.isEmpty()) {
            User user = model.referredQueue.peek();
            if (user.stage != Stage.REFERRED) {
                model.referredQueue.poll();
                continue;
            }
            Adviser adviser = nextAdviserWithRoom(model);
            if (adviser == null) {
                return;
            }
            model.referredQueue.poll();
            assign(model, user, adviser);
        }
    }

    private static Adviser nextAdviserWithRoom(InclusionModel model) {
        int n = model.advisers.size();
        int capacity = model.parameters().advisers().caseloadCapacity();
        for (int i = 0; i < n; i++) {
            int id = (model.adviserCursor + i) % n;
            if (model.adviserTable.caseloadSize(id) < capacity) {
                model.adviserCursor = (model.adviserCursor + i + 1) % n;
                return model.advisers.get(id);
            }
        }
        return null;
    }

    private static void assign(InclusionModel model, User user, Adviser adviser) {
        user.adviser = adviser;
        model.syncHelp(user);
        user.caseStartWeek = model.week();
        adviser.addCase(user);
        model.move(user, Stage.SEEKING, Cause.INTAKE);
    }
}
