package org.inclusim.model;

/**
 * Rule (hybrid model, ODD 7.2): which cases get close, job-specialist follow-up, and for how
 * long. Each adviser has {@code advisers.closeCasesPerAdviser} close slots (fewer after the
 * project if prioritised time goes: {@link ProjectEndRule#closeSlots}). Event-driven: a
 * standard case that becomes (again) seeking or in placement takes a free slot of its adviser at
 * once; when a close case leaves an adviser, or the parameters change, the earliest standard
 * cases in the caseload that are seeking or in placement fill the free slots. A case that has
 * had close follow-up and was returned to standard is not promoted again while it lasts.
 *
 * <p>Close follow-up ends (the case returns to standard follow-up) after
 * {@code advisers.closeProgrammeWeeks} weeks of it (0 = unlimited), checked in the adviser
 * phase, and when a policy change or the project's end leaves an adviser fewer slots than close
 * cases: the cases that have been close longest return first ({@link #demoteOverSlots}, the one
 * home of that ordering).
 */
final class CloseFollowUpRule {
    private static final byte SEEKING = UserTable.code(Stage.SEEKING);
    private static final byte IN_PLACEMENT = UserTable.code(Stage.IN_PLACEMENT);

    private CloseFollowUpRule() {
    }

    /** After a user's stage change: a standard case now eligible becomes close if its adviser has a free slot. */
    static void onStageChange(InclusionModel model, int user) {
        int adviser = model.users.adviser.get(user);
        if (adviser >= 0 && eligible(model.users, user)
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
            if (eligible(model.users, user)) {
                model.links.startClose(user, week);
            }
        }
    }

    /** Close programmes that have run their weeks end (the case returns to standard); freed slots are filled. */
    static void endProgrammes(InclusionModel model, int adviser) {
        int weeks = model.parameters().advisers().closeProgrammeWeeks();
        if (weeks == 0) {
            return;
        }
        AdviserTable advisers = model.advisers;
        boolean ended = false;
        for (int k = advisers.closeCases(adviser) - 1; k >= 0; k--) {
            if (model.week() - advisers.closeSince.get(adviser, k) >= weeks) {
                int user = advisers.closeUsers.get(adviser, k);
                model.links.endClose(user);
                model.tallyOf(user).closeProgrammeEnds++;
                ended = true;
            }
        }
        if (ended) {
            fillSlots(model, adviser, model.week());
        }
    }

    /**
     * After a policy change, or when the project's end takes slots away: while the adviser has
     * more close cases than slots, the longest-close case returns to standard.
     */
    static void demoteOverSlots(InclusionModel model, int adviser) {
        int slots = ProjectEndRule.closeSlots(model);
        AdviserTable advisers = model.advisers;
        while (advisers.closeCases(adviser) > slots) {
            int longest = 0;
            for (int k = 1; k < advisers.closeCases(adviser); k++) {
                if (advisers.closeSince.get(adviser, k) < advisers.closeSince.get(adviser, longest)) {
                    longest = k;
                }
            }
            model.links.endClose(advisers.closeUsers.get(adviser, longest));
        }
    }

    private static boolean eligible(UserTable users, int user) {
        byte stage = users.stage.get(user);
        return (stage == SEEKING || stage == IN_PLACEMENT) && !users.close(user) && !users.closeUsed.isSet(user);
    }
}
