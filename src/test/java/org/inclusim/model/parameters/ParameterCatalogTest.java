package org.inclusim.model.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterCatalogTest {
    private final ParameterCatalog catalog = ParameterCatalog.instance();

    @Test
    void everyParameterIsDocumentedWithUnitSourceAndDefault() {
        assertTrue(catalog.definitions().size() > 60, "the catalogue covers the model");
        for (ParameterDefinition d : catalog.definitions()) {
            assertFalse(d.doc().isBlank(), d.path() + " has a meaning");
            assertFalse(d.unit().isBlank(), d.path() + " has a unit");
            assertFalse(d.source().isBlank(), d.path() + " has a source or 'assumed'");
            assertEquals(d.defaultValue(), d.coerce(d.defaultValue()), d.path() + " default is within its own bounds");
        }
    }

    @Test
    void namesAndColumnsAreUnique() {
        Set<String> columns = new HashSet<>();
        for (ParameterDefinition d : catalog.definitions()) {
            assertTrue(columns.add(d.columnName()), "unique column " + d.columnName());
        }
        assertEquals("placement_planned_weeks", catalog.find("placement.plannedWeeks").orElseThrow().columnName());
    }

    @Test
    void withChangesOneValueAndKeepsTheRest() {
        Parameters p = Parameters.defaults().with("placement.plannedWeeks", 26);
        assertEquals(26, p.placement().plannedWeeks());
        assertEquals(Parameters.defaults().mentors(), p.mentors());
        assertEquals(TrainingLevel.EXTENDED, Parameters.defaults().with("training.level", "Extended").training().level());
        assertEquals(SiteProfile.NORD_TRONDELAG, Parameters.defaults().with("site.profile", "nord-trondelag").site().profile());
    }

    @Test
    void badValuesNameThePathAndTheAllowedRange() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Parameters.defaults().with("placement.plannedWeeks", 0));
        assertEquals("placement.plannedWeeks", e.path());
        assertTrue(e.getMessage().contains("1 to 156"), e.getMessage());
        assertThrows(ParameterException.class, () -> Parameters.defaults().with("placement.plannedWeeks", 12.5));
        assertThrows(ParameterException.class, () -> Parameters.defaults().with("mentors.superMentorShare", Double.NaN));
        assertThrows(ParameterException.class, () -> Parameters.defaults().with("training.level", "lots"));
        assertThrows(ParameterException.class, () -> Parameters.defaults().with("network.enabled", "maybe"));
        assertThrows(ParameterException.class, () -> Parameters.defaults().with("no.such", 1));
    }

    @Test
    void rulesBetweenParametersAreChecked() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Parameters.defaults().with("jobs.temporaryWeeksMin", 60));
        assertEquals("jobs.temporaryWeeksMin", e.path());
    }

    @Test
    void aHandBuiltParameterSetIsValidatedByTheModel() {
        Parameters d = Parameters.defaults();
        PlacementParameters bad = new PlacementParameters(0, 12, 0.08, 0.03, 2, 0.55, 10, 0.1, 4, 0.3);
        Parameters p = new Parameters(d.users(), d.destinations(), d.advisers(), d.search(), bad, d.subsidy(), d.mentors(), d.recruitment(), d.training(),
                d.network(), d.jobs(), d.workplaces(), d.project(), d.site(), d.costs(), d.groups());
        ParameterException e = assertThrows(ParameterException.class, () -> new org.inclusim.model.InclusionModel(1, p));
        assertEquals("placement.plannedWeeks", e.path());
    }
}
