package org.inclusim.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusim.analysis.Trajectories;
import org.inclusim.analysis.cost.CostItem;
import org.inclusim.analysis.cost.CostItems;
import org.inclusim.observe.RunOutcomes;
import org.junit.jupiter.api.Test;

/** Every message renders in both languages: same keys, same placeholders, none left unfilled, nothing blank. */
class MessagesTest {
    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d\\}");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        Messages en = Messages.of(Language.EN);
        Messages nb = Messages.of(Language.NB);
        Set<String> nbShared = new java.util.TreeSet<>(nb.keys());
        nbShared.removeIf(Messages::isParameterKey);
        assertEquals(en.keys(), nbShared, "the two catalogues list the same keys (parameter texts apart: ParameterTextsTest)");
        assertTrue(en.keys().size() > 200, "the catalogue holds the report, the printed summaries and the GUI's labels");
        for (String key : en.keys()) {
            assertEquals(en.placeholders(key), nb.placeholders(key), key + ": the same placeholders in both languages");
        }
    }

    @Test
    void everyMessageRendersWithNoPlaceholderLeftInBothLanguages() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (String key : m.keys()) {
                Object[] args = new Object[m.placeholders(key)];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "«arg" + i + "»";
                }
                String text = m.text(key, args);
                assertFalse(text.isBlank(), language + " " + key + " is blank");
                assertFalse(LEFT_OVER.matcher(text).find(), language + " " + key + ": " + text);
                for (int i = 0; i < args.length; i++) {
                    assertTrue(text.contains("«arg" + i + "»"), language + " " + key + " drops {" + i + "}: " + text);
                }
            }
        }
    }

    @Test
    void outcomesStagesCostItemsAndMentorStatesHavePlainLabelsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        RunOutcomes.COLUMNS.forEach(c -> keys.add("outcome." + c));
        Trajectories.STAGES.forEach(s -> keys.add("stage." + s));
        CostItems.ALL.stream().map(CostItem::key).forEach(k -> keys.add("cost." + k));
        List.of("active", "on_leave", "quit").forEach(s -> keys.add("mentor_state." + s));
        keys.add("outcome.public_spending_nok");
        for (String key : keys) {
            assertTrue(Messages.of(Language.EN).has(key), "English label for " + key);
            assertTrue(Messages.of(Language.NB).has(key), "Norwegian label for " + key);
            assertNotEquals(key.substring(key.indexOf('.') + 1).replace('_', ' '), Messages.of(Language.NB).text(key),
                    key + " is a plain-language label, not the column name");
        }
    }

    @Test
    void theNorwegianCatalogueIsNorwegian() {
        Messages nb = Messages.of(Language.NB);
        Set<String> same = new java.util.TreeSet<>();
        for (String key : nb.keys()) {
            if (Messages.isParameterKey(key)) {
                continue; // compared with their @Param English by ParameterTextsTest
            }
            if (nb.text(key).equals(Messages.of(Language.EN).text(key)) && nb.text(key).length() > 12) {
                same.add(key);
            }
        }
        assertTrue(same.size() < 5, "untranslated longer texts: " + same);
    }

    @Test
    void theLanguageComesFromTheOptionTheScenarioOrTheLocale() {
        assertEquals(Language.NB, Language.choose("nb", "en"));
        assertEquals(Language.EN, Language.choose(null, "en"));
        assertEquals(Language.NB, Language.choose(null, "nb"));
        assertEquals(Language.NB, Language.of(java.util.Locale.forLanguageTag("no-NO")));
        assertEquals(Language.NB, Language.of(java.util.Locale.forLanguageTag("nn")));
        assertEquals(Language.EN, Language.of(java.util.Locale.GERMANY));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Language.parse("sv"));
        assertEquals("'sv' is not a language; allowed: en, nb", e.getMessage());
    }
}
