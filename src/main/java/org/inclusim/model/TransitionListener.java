package org.inclusim.model;

/** Receives every stage transition as it happens, so trajectories stream out of the model. */
@FunctionalInterface
public interface TransitionListener {
    void onTransition(Transition transition);

    /** A listener that drops everything. */
    TransitionListener NONE = t -> { };
}
