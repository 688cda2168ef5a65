package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;

class ParameterColumnTest {
    /** The analysis finds a varied parameter's runs.csv column by the rule the batch names it by. */
    @Test
    void theAnalysisNamesEveryParameterColumnAsTheBatchWritesIt() {
        for (ParameterDefinition d : ParameterCatalog.instance().definitions()) {
            assertEquals(d.columnName(), BatchData.parameterColumn(d.path()), d.path());
        }
    }
}
