package org.inclusim.model.parameters;

/** Level of mentor training offered by the working-life centre. */
public enum TrainingLevel {
    NONE, BASIC, EXTENDED
}
