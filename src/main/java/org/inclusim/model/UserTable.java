package org.inclusim.model;

/**
 * Every user's state, by user id (= referral order): the only home of the users' fields, which
 * {@link User} views read. Relations to advisers, mentors and workplaces are written only by
 * {@link Links}; the stage only by {@link InclusionModel#move}.
 *
 * <p>It also keeps the scan the user phases iterate: the ids of users not in an absorbing
 * destination ({@link Stage#isAbsorbing}), in increasing order, so that a phase streams the
 * columns it reads in id order and touches nothing else. Users who reached an absorbing
 * destination are dropped from the scan once they make up more than an eighth of it (compaction
 * keeps id order); users in a destination they can return from stay in it.
 */
final class UserTable extends Table {
    private static final long serialVersionUID = 1L;
    private static final int COMPACTION_SHARE = 8;
    /** Stage by code; {@code Stage.values()} would copy the array on every call. */
    private static final Stage[] STAGES = Stage.values();

    /** Week of the (first) referral. */
    final IntColumn referralWeek = column(new IntColumn());
    /** The user's group: an index into the run's group names (0 without groups), drawn at referral. */
    final ByteColumn group = column(new ByteColumn());
    /** Support need in [0, 1], drawn at referral. */
    final DoubleColumn supportNeed = column(new DoubleColumn());
    /** Stage as {@link #code}; change it with {@link InclusionModel#move}. */
    final ByteColumn stage = column(new ByteColumn());
    final IntColumn stageSinceWeek = column(new IntColumn());
    final DoubleColumn fit = column(new DoubleColumn());
    /** Support received in the last week it was computed. */
    final DoubleColumn support = column(new DoubleColumn());
    /** Week the current time out of work began: referral or the end of the last job. */
    final IntColumn outOfWorkSinceWeek = column(new IntColumn());
    /** Latent employability theta (mean 1), drawn at referral; read through {@link #employability}. */
    final DoubleColumn employability = column(new DoubleColumn());
    /** The user's time-invariant factor of the disability-benefit hazard ({@link DestinationRule}). */
    final DoubleColumn disabilityFactor = column(new DoubleColumn());
    /** Week the user first left the measure for a destination, or -1. */
    final IntColumn firstLeftWeek = column(new IntColumn(-1));
    /** Times the user was referred again after leaving for a destination. */
    final IntColumn reReferrals = column(new IntColumn());
    /** 1 if the user, on disability benefit, works beside it (graded benefit); set only by {@link #setWorksOnBenefit}. */
    final ByteColumn worksOnBenefit = column(new ByteColumn());
    /** Users with {@link #worksOnBenefit} set (kept by {@link #setWorksOnBenefit}, the flag's only writer). */
    private int worksOnBenefitCount;

    /** Adviser id or -1 ({@link Links}). */
    final IntColumn adviser = column(new IntColumn(-1));
    /** Week the current adviser took the case, or -1 ({@link Links}). */
    final IntColumn caseStartWeek = column(new IntColumn(-1));
    /** 1 if the case gets close (job-specialist) follow-up, 0 for standard ({@link Links}). */
    final ByteColumn close = column(new ByteColumn());
    /** 1 if the current case has had close follow-up: a demoted case is not promoted again ({@link Links}). */
    final ByteColumn closeUsed = column(new ByteColumn());

    /** Workplace of the current placement or job, or -1 ({@link Links}). */
    final IntColumn workplace = column(new IntColumn(-1));
    /** Current mentor id, holding one of the mentor's (subsidised) mentee places, or -1 ({@link Links}). */
    final IntColumn mentor = column(new IntColumn(-1));
    /** Mentor giving background (natural, unsubsidised) support in the job, or -1 ({@link Links}). */
    final IntColumn naturalMentor = column(new IntColumn(-1));
    /** The load this user adds to {@link #naturalMentor} (as added, so it is taken off exactly; {@link Links}). */
    final DoubleColumn naturalLoad = column(new DoubleColumn());
    /** Match of the current placement or job with the user's preferences, in [0, 1]. */
    final DoubleColumn match = column(new DoubleColumn());
    final IntColumn placementStartWeek = column(new IntColumn(-1));
    /** Last planned week of the current placement. */
    final IntColumn placementEndWeek = column(new IntColumn(-1));
    /** Investment factor of the current placement, planned / (planned + investmentHalfWeeks). */
    final DoubleColumn investment = column(new DoubleColumn());
    final IntColumn placements = column(new IntColumn());

    final IntColumn jobs = column(new IntColumn());
    /** Start of the current job, or -1. */
    final IntColumn jobStartWeek = column(new IntColumn(-1));
    /** End week of the current job if temporary, else -1. */
    final IntColumn temporaryEndWeek = column(new IntColumn(-1));
    /** Week the mentor stops following altogether (mentors.followWeeksAfterHire), or MAX_VALUE for never. */
    final IntColumn mentorEndWeek = column(new IntColumn(-1));
    /** Weekly hours of the current job, or 0. */
    final DoubleColumn hours = column(new DoubleColumn());
    /** Start of the current job's wage subsidy, or -1 if the job is not subsidised. */
    final IntColumn subsidyStartWeek = column(new IntColumn(-1));
    final IntColumn firstJobStartWeek = column(new IntColumn(-1));
    final IntColumn firstJobEndWeek = column(new IntColumn(-1));

    private int[] scan = new int[64];
    private int scanSize;
    private int exitedInScan;
    /**
     * Ids of the users granted disability benefit, in increasing id order: the list {@link
     * DisabilityWorkRule} walks each week. The stage is absorbing, so everyone listed is on the
     * benefit; id order (not grant order) keeps the rule's events in the order the walk over all
     * users gave them.
     */
    private int[] onBenefit = new int[16];
    private int onBenefitSize;

    UserTable() {
        super(64);
    }

    static byte code(Stage stage) {
        return (byte) stage.ordinal();
    }

    /** Adds a newly referred user of a group, in stage REFERRED with no helpers and no job; returns its id. */
    int add(int week, int userGroup, double need, double initialFit) {
        int id = addRow();
        referralWeek.set(id, week);
        group.set(id, (byte) userGroup);
        supportNeed.set(id, need);
        stage.set(id, code(Stage.REFERRED));
        stageSinceWeek.set(id, week);
        fit.set(id, initialFit);
        outOfWorkSinceWeek.set(id, week);
        employability.set(id, 1.0);
        disabilityFactor.set(id, 1.0);
        if (scanSize == scan.length) {
            scan = java.util.Arrays.copyOf(scan, scanSize * 2);
        }
        scan[scanSize++] = id;
        return id;
    }

    Stage stage(int id) {
        return STAGES[stage.get(id)];
    }

    /** Sets the stage and the week it began; only {@link InclusionModel#move} calls this. */
    void setStage(int id, Stage to, int week) {
        stage.set(id, code(to));
        stageSinceWeek.set(id, week);
        if (to.isAbsorbing()) {
            exitedInScan++;
        }
        if (to == Stage.DISABILITY_BENEFIT) {
            listOnBenefit(id);
        }
    }

    /** Inserts {@code id} into {@link #onBenefit} at its place in id order (once). */
    private void listOnBenefit(int id) {
        int at = java.util.Arrays.binarySearch(onBenefit, 0, onBenefitSize, id);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (onBenefitSize == onBenefit.length) {
            onBenefit = java.util.Arrays.copyOf(onBenefit, onBenefitSize * 2);
        }
        System.arraycopy(onBenefit, at, onBenefit, at + 1, onBenefitSize - at);
        onBenefit[at] = id;
        onBenefitSize++;
    }

    /** Users granted disability benefit so far (all still on it: the stage is absorbing). */
    int onBenefitSize() {
        return onBenefitSize;
    }

    /** The k-th user granted disability benefit, in increasing id order (0 <= k < {@link #onBenefitSize}). */
    int onBenefitAt(int k) {
        return onBenefit[k];
    }

    /** Sets whether user {@code id} works beside disability benefit, keeping the count; only {@link DisabilityWorkRule} calls this. */
    void setWorksOnBenefit(int id, boolean works) {
        if (worksOnBenefit.isSet(id) != works) {
            worksOnBenefit.set(id, works);
            worksOnBenefitCount += works ? 1 : -1;
        }
    }

    /** Users now working beside disability benefit. */
    int worksOnBenefitCount() {
        return worksOnBenefitCount;
    }

    /** Users of group {@code userGroup} now working beside disability benefit (all of them are on {@link #onBenefit}). */
    int worksOnBenefitCount(int userGroup) {
        int n = 0;
        for (int k = 0; k < onBenefitSize; k++) {
            int id = onBenefit[k];
            if (group.get(id) == userGroup && worksOnBenefit.isSet(id)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The user's latent employability theta (1 when {@code users.employabilitySpread} is 0): the
     * one accessor by which rules scale openings, hire odds and job-loss hazards.
     */
    double employability(int id) {
        return employability.get(id);
    }

    boolean close(int id) {
        return close.isSet(id);
    }

    /** True if the user has a mentor (in a mentee place or as natural support) or an adviser (so support may be positive). */
    boolean helped(int id) {
        return mentor.get(id) >= 0 || adviser.get(id) >= 0 || naturalMentor.get(id) >= 0;
    }

    /** Number of ids in the scan (may include users who reached an absorbing destination since the last compaction). */
    int scanSize() {
        return scanSize;
    }

    int idAt(int k) {
        return scan[k];
    }

    /**
     * Drops users in absorbing destinations from the scan if they are more than an eighth of it; keeps id order.
     * Scan positions change only here, at the start of a week.
     */
    void compactIfWorthIt() {
        if (exitedInScan * COMPACTION_SHARE <= scanSize) {
            return;
        }
        int kept = 0;
        for (int k = 0; k < scanSize; k++) {
            int id = scan[k];
            if (!STAGES[stage.get(id)].isAbsorbing()) {
                scan[kept++] = id;
            }
        }
        scanSize = kept;
        exitedInScan = 0;
    }
}
