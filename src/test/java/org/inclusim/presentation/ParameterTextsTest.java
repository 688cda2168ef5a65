package org.inclusim.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inclusim.analysis.cost.CostItems;
import org.inclusim.analysis.cost.RetiredParameter;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;

/**
 * Every parameter (and every retired one older batches are priced with) has a bokmål meaning and unit in the
 * catalogue, and the catalogue has none for a parameter that does not exist. The English stays in {@code @Param}; a failure lists the exact lines
 * to add to (or remove from) messages_nb.properties.
 */
class ParameterTextsTest {
    static final String FILE = "src/main/resources/org/inclusim/presentation/messages_nb.properties";
    private static final String UNTRANSLATED = "<bokmål for: ";

    private final Messages nb = Messages.of(Language.NB);
    private final List<ParameterDefinition> parameters = ParameterCatalog.instance().definitions();

    /**
     * Catalogue key to the English it translates, for every parameter's meaning and every unit in use, the retired
     * parameters older batches are priced with ({@link CostItems#RETIRED}) included.
     */
    private Map<String, String> needed() {
        Map<String, String> needed = new LinkedHashMap<>();
        for (ParameterDefinition d : parameters) {
            needed.put(Messages.parameterKey(d.path()), d.doc());
        }
        for (RetiredParameter r : CostItems.RETIRED) {
            needed.put(Messages.parameterKey(r.path()), r.doc());
        }
        for (ParameterDefinition d : parameters) {
            if (!d.unit().equals(Messages.NO_UNIT)) {
                needed.putIfAbsent(Messages.unitKey(d.unit()), d.unit());
            }
        }
        for (RetiredParameter r : CostItems.RETIRED) {
            needed.putIfAbsent(Messages.unitKey(r.unit()), r.unit());
        }
        return needed;
    }

    /** A retired parameter is not a parameter of the model (its texts would have two homes, and the report would show only one). */
    @Test
    void noRetiredParameterIsAParameterOfTheModel() {
        List<String> alive = CostItems.RETIRED.stream().map(RetiredParameter::path)
                .filter(path -> ParameterCatalog.instance().find(path).isPresent()).toList();
        assertEquals(List.of(), alive, "declared by @Param and in CostItems.RETIRED");
    }

    @Test
    void everyParameterHasABokmalMeaningAndUnit() {
        List<String> missing = new ArrayList<>();
        needed().forEach((key, english) -> {
            if (!nb.has(key)) {
                missing.add(key + "=" + UNTRANSLATED + english + ">");
            }
        });
        assertTrue(missing.isEmpty(), missing.size() + " parameter text(s) have no bokmål. Add these lines to " + FILE
                + " (section \"Parametere\" at the end), each with the English after '=' replaced by its bokmål"
                + " translation (units: weeks = uker, per week = per uke, share = andel, NOK = kr, hours = timer, year = år);"
                + " the English stays only in the parameter's @Param:\n" + String.join("\n", missing));
    }

    @Test
    void theCatalogueHasNoTextForAParameterOrUnitThatDoesNotExist() {
        Set<String> orphans = new TreeSet<>(nb.keys());
        orphans.removeIf(key -> !Messages.isParameterKey(key) || needed().containsKey(key));
        assertTrue(orphans.isEmpty(), "remove (or rename to the parameter's new path or unit) these lines of " + FILE
                + ", which name no parameter or unit of ParameterCatalog: " + orphans);
    }

    @Test
    void everyBokmalParameterTextIsTranslatedAndPlain() {
        List<String> bad = new ArrayList<>();
        needed().forEach((key, english) -> {
            if (!nb.has(key)) {
                return; // reported by everyParameterHasABokmalMeaningAndUnit
            }
            String text = nb.text(key);
            if (text.isBlank() || text.contains(UNTRANSLATED) || text.matches(".*\\{\\d\\}.*")
                    || (text.equals(english) && key.startsWith("parameter."))) { // a unit may read the same ("per mentor")
                bad.add(key + "=" + text);
            }
        });
        assertTrue(bad.isEmpty(), "translate these lines of " + FILE + " into bokmål (no placeholder, not the English of @Param): " + bad);
    }

    @Test
    void theEnglishOfAParameterLivesOnlyInItsDeclaration() {
        Messages en = Messages.of(Language.EN);
        assertEquals(List.of(), en.keys().stream().filter(Messages::isParameterKey).toList(),
                "English parameter texts belong in @Param(doc, unit), not in messages_en.properties");
        ParameterDefinition enabled = ParameterCatalog.instance().find("network.enabled").orElseThrow();
        assertEquals(enabled.doc(), en.parameterMeaning(enabled.path(), enabled.doc()));
        assertEquals("Om det finnes mentornettverk der mentorer fra ulike virksomheter møtes.",
                nb.parameterMeaning(enabled.path(), enabled.doc()));
        assertEquals("kr per time", nb.parameterUnit("NOK per hour"));
        assertEquals("NOK per hour", en.parameterUnit("NOK per hour"));
        assertEquals("-", nb.parameterUnit("-"));
        assertEquals("parameter_unit.strain_per_load-week", Messages.unitKey("strain per load-week"));
    }
}
