package org.inclusim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A guided exercise for students (scenarios/teaching/exercises.yaml): a scenario, the variant to
 * run and the one to run beside it, what to watch, questions with answers for the teacher, and
 * the finding the answers rest on, stated as claims that a test checks on the same scenario.
 *
 * @param scenario     the scenario file
 * @param compare      the variant run side by side, or null to run one
 * @param replications replications per variant the checking test runs
 */
public record Exercise(String id, Path scenario, String variant, String compare, Text title, Text watch,
                       Text finding, List<Question> questions, List<Claim> claims, int replications) {

    public Exercise {
        questions = List.copyOf(questions);
        claims = List.copyOf(claims);
    }

    /** A text in English and bokmål. */
    public record Text(String en, String nb) {
        /** The text in a language by its code ({@code en} or {@code nb}). */
        public String in(String language) {
            return "nb".equals(language) ? nb : en;
        }

        static Text of(Map<String, String> byLanguage) {
            return new Text(byLanguage.get("en"), byLanguage.get("nb"));
        }
    }

    /** A question a teacher can ask and its answer. */
    public record Question(Text question, Text answer) {
    }

    /** Which way an outcome goes in a claim. */
    public enum Direction {
        /** The variant's outcome is higher than the comparison's. */
        HIGHER,
        /** The variant's outcome is lower than the comparison's. */
        LOWER,
        /** The variant's mean outcome is above a value. */
        ABOVE,
        /** The variant's mean outcome is below a value. */
        BELOW;

        /** True for a comparison of two variants, false for a level. */
        public boolean compares() {
            return this == HIGHER || this == LOWER;
        }

        /** +1 if the claim expects a positive difference (variant minus comparison, or minus the value), else -1. */
        public int sign() {
            return this == HIGHER || this == ABOVE ? 1 : -1;
        }
    }

    /**
     * A stated finding: the outcome (a runs.csv column) of a variant against another variant
     * (paired over replications) or against a value.
     *
     * @param comparison the other variant for {@link Direction#HIGHER} and {@link Direction#LOWER}, else null
     * @param value      the level for {@link Direction#ABOVE} and {@link Direction#BELOW}, else NaN
     */
    public record Claim(String outcome, String variant, String comparison, Direction direction, double value) {
        @Override
        public String toString() {
            return outcome + " of " + variant + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " "
                    + (direction.compares() ? "than " + comparison : Double.toString(value));
        }
    }
}
