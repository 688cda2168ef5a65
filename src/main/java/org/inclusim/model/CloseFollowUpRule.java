package org.inclusim.model;

/**
 * Rule (hybrid model): which cases get close, job-specialist follow-up. Each adviser has
 * {@code advisers.closeCasesPerAdviser} close slots (fewer after the project if prioritised time
 * goes: {@link ProjectEndRule#closeSlots}). Event-driven: a standard case that becomes
 * (again) seeking or in placement takes a free slot of its adviser at once; when a close case
 * leaves an adviser, or the parameters change, the earliest standard cases in the caseload that
 * are seeking or in placement fill the free slots.
 */
final class CloseFollowUpRule {
    private static final byte SEEKING = UserTable.code(Stage.SEEKING);
    private static final byte IN_PLACEMENT = UserTable.code(Stage.IN_PLACEMENT);

    private CloseFollowUpRule() {
    }

    /** After a user's stage change: a standard case now eligible becomes close if its adviser has a free slot. */
    static void onStageChange(InclusionModel model, int user) {
        int adviser = model.users.adviser.get(user);
        if (adviser >= 0 && !model.users.close(user) && eligible(model.users, user)
                && model.advisers.closeCases(adviser) < ProjectEndRule.closeSlots(model)) {
            model.links.startClose(user, model.week());
        }
    }

    /**
     * While the adviser has fewer close cases than its slots, the earliest standard cases in its
     * caseload that are seeking or in placement become close from {@code week}.
     */
    static void fillSlots(InclusionModel model, int adviser, int week) {
        int slots = ProjectEndRule.closeSlots(model);
        AdviserTable advisers = model.advisers;
        for (int k = 0; k < advisers.caseloadSize(adviser) && advisers.closeCases(adviser) < slots; k++) {
            int user = advisers.caseload.get(adviser, k);
            if (!model.users.close(user) && eligible(model.users, user)) {
                model.links.startClose(user, week);
            }
        }
    }

    private static boolean eligible(UserTable users, int user) {
        byte stage = users.stage.get(user);
        return stage == SEEKING || stage == IN_PLACEMENT;
    }
}
