package org.inclusim.model;

import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.NetworkParameters;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.RecruitmentParameters;
import org.inclusim.model.parameters.TrainingLevel;

/**
 * Rules: recruiting a mentor when a workplace has none with room, and the traits of a new
 * mentor. Recruitment deterrence: visible pressure (work pressure, colleagues' strain, recent
 * burnouts) lowers an employee's willingness; colleagues who mentor without strain raise it
 * (imitation).
 */
final class RecruitmentRule {
    /** Visible pressure of ordinary job demands at work pressure 1, before any mentor strain. */
    static final double BASE_PRESSURE = 0.5;
    /** Strain below this share of the reference strain counts as "mentoring without strain". */
    static final double THRIVING_STRAIN_SHARE = 0.5;
    /** Imitation counts at most this many thriving colleagues. */
    static final int MAX_IMITATED = 2;

    private RecruitmentRule() {
    }

    /** Asks one employee of the workplace (stream {@link Purpose#RECRUIT}); the new mentor's id or -1. */
    static int tryRecruit(InclusionModel model, int workplace) {
        WorkplaceTable table = model.workplaces;
        if (table.mentorCount(workplace) >= table.maxMentors(workplace)) {
            return -1;
        }
        int attempt = table.nextRecruitAttempt(workplace, model.week());
        double u = model.random().uniform(Purpose.RECRUIT, workplace, model.week(), attempt);
        if (u >= willingness(model, workplace)) {
            model.weekTally.recruitRefusals++;
            return -1;
        }
        return addMentor(model, workplace, model.week());
    }

    /**
     * Willingness = baseWillingness x exp(-deterrence x pressure) x (1 + imitation x thriving),
     * capped at 1, with pressure = workPressure x (0.5 + mean strain / strainReference of the
     * workplace's mentors) + burnoutVisibility x recent burnouts there.
     */
    static double willingness(InclusionModel model, int workplace) {
        Parameters p = model.parameters();
        RecruitmentParameters r = p.recruitment();
        double threshold = p.mentors().strainReference();
        WorkplaceTable table = model.workplaces;
        MentorTable mentors = model.mentors;
        int count = table.mentorCount(workplace);
        double strainRatio = 0;
        int thriving = 0;
        for (int k = 0; k < count; k++) {
            int m = table.mentorId(workplace, k);
            strainRatio += mentors.strain(m) / threshold;
            if (mentors.isActive(m) && mentors.strain(m) < THRIVING_STRAIN_SHARE * threshold) {
                thriving++;
            }
        }
        if (count > 0) {
            strainRatio /= count;
        }
        double pressure = p.site().workPressure() * (BASE_PRESSURE + strainRatio)
                + r.burnoutVisibility() * table.burnoutMemoryAt(workplace, model.week(), r.burnoutMemoryWeeks());
        double w = r.baseWillingness() * Math.exp(-r.deterrence() * pressure)
                * (1.0 + r.imitation() * Math.min(thriving, MAX_IMITATED));
        return Math.min(1.0, w);
    }

    /**
     * Adds a mentor to the workplace. Traits and the week of its ordinary departure are keyed by
     * (workplace, recruitment ordinal), so the k-th mentor of a workplace has the same traits in
     * every variant.
     */
    static int addMentor(InclusionModel model, int workplace, int week) {
        Parameters p = model.parameters();
        MentorParameters mp = p.mentors();
        int ordinal = model.workplaces.recruitOrdinal.get(workplace);
        model.workplaces.recruitOrdinal.set(workplace, ordinal + 1);
        long key = ((long) workplace << 20) | ordinal;
        boolean superMentor = model.random().uniform(Purpose.MENTOR_TRAITS, key, 0, 0) < mp.superMentorShare();
        TrainingLevel training = model.workingLifeCentre.train(model, key);
        double competence = Math.min(1.0, mp.baseCompetence()
                + WorkingLifeCentre.competenceGain(p.training(), training));
        int capacity = superMentor ? mp.superMenteeCapacity() : mp.menteeCapacity();
        int id = model.addMentor(key, workplace, week, capacity, Math.max(capacity, mp.superMenteeCapacity()));
        MentorTable mentors = model.mentors;
        mentors.superMentor.set(id, superMentor);
        mentors.setDedication(id, superMentor ? mp.superDedication() : 1.0);
        mentors.setCompetence(id, competence);
        mentors.setTraining(id, training);
        mentors.departureWeek.set(id, MentorExitRule.departureWeek(mp, model.random(), key, week));
        model.links.joinWorkplace(id);
        model.weekTally.recruits++;
        joinNetwork(model, id);
        return id;
    }

    /** Network joining: with probability joinShare the new mentor joins the newest group, or a new one if that is full. */
    private static void joinNetwork(InclusionModel model, int mentor) {
        NetworkParameters n = model.parameters().network();
        if (!n.enabled() || model.random().uniform(Purpose.NETWORK_JOIN, model.mentors.randomKey.get(mentor), 0) >= n.joinShare()) {
            return;
        }
        NetworkTable networks = model.networks;
        int open = networks.size() - 1;
        if (open < 0 || networks.members.length(open) >= n.groupSize()) {
            open = model.addNetwork();
        }
        model.links.joinNetwork(mentor, open);
    }
}
