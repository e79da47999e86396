package org.darkcheck.physics;

import java.util.List;

import org.darkcheck.physics.decay.MediatorDecays;

/**
 * Everything the evaluators derive from one {@link ModelSnapshot}: the inputs
 * of the rules and of the recast. Units are GeV unless the name says otherwise.
 *
 * @param model           the model point these were derived from
 * @param decays          the mediator's partial widths
 * @param y               Y = eps^2 alpha_D (m_chi/m_A')^4, dimensionless; NaN without dark matter
 * @param validityNotes   one sentence per evaluator used outside its validity range (empty when all are valid)
 */
public record DerivedQuantities(ModelSnapshot model, MediatorDecays decays, double y, List<String> validityNotes)
        implements java.io.Serializable {

    public DerivedQuantities {
        validityNotes = List.copyOf(validityNotes);
    }

    public boolean hasY() {
        return !Double.isNaN(y);
    }
}
