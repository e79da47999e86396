package org.darkcheck.model;

import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.units.Quantities;

/**
 * Turns an EMF model point into the immutable {@link ModelSnapshot} that the
 * physics and the engine read, refusing what cannot be evaluated with a
 * one-sentence message naming the key.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static ModelSnapshot of(ModelPoint point) throws InvalidModelException {
        Mediator m = point.getMediator();
        if (m == null) {
            throw new InvalidModelException(ModelKeys.MEDIATOR, "the model point has no mediator");
        }
        MediatorType mediator = MediatorType.ofKey(m.getKind().getLiteral());
        if (mediator == null) {
            throw new InvalidModelException(ModelKeys.MEDIATOR, "mediator '" + m.getKind().getLiteral()
                    + "' is recognised but DarkCheck has no physics for it yet");
        }
        positiveFinite(ModelKeys.MEDIATOR_MASS, m.getMass(), true);
        double coupling = m.getCoupling();
        if (!(coupling > 0 && coupling < 1)) {
            throw new InvalidModelException(ModelKeys.MEDIATOR_COUPLING, ModelKeys.MEDIATOR_COUPLING
                    + " must be between 0 and 1 (exclusive), got " + (coupling == 0 ? "0 (not set?)" : Double.toString(coupling)));
        }
        double alphaD = point.getAlphaD();
        if (!(alphaD >= 0 && alphaD <= 1)) {
            throw new InvalidModelException(ModelKeys.ALPHA_D, ModelKeys.ALPHA_D
                    + " must be between 0 and 1 (non-perturbative above 1), got " + alphaD);
        }
        DarkMatter dm = point.getDarkMatter();
        if (dm == null) {
            return new ModelSnapshot(mediator, m.getMass(), coupling, DarkMatterType.NONE, 0, 0, alphaD, m.isDarkMatter(), true, true);
        }
        DarkMatterType type = DarkMatterType.ofKey(dm.getKind().getLiteral());
        positiveFinite(ModelKeys.DM_MASS, dm.getMass(), true);
        double splitting = 0;
        if (type == DarkMatterType.PSEUDO_DIRAC) {
            splitting = dm.getSplitting();
            if (!(splitting >= 0 && splitting < dm.getMass())) {
                throw new InvalidModelException(ModelKeys.DM_SPLITTING, ModelKeys.DM_SPLITTING
                        + " must be at least 0 and below dm.mass (" + Quantities.formatMass(dm.getMass()) + "), got "
                        + Quantities.formatMass(splitting));
            }
        }
        return new ModelSnapshot(mediator, m.getMass(), coupling, type, dm.getMass(), splitting, alphaD, m.isDarkMatter(),
                dm.isAllOfDarkMatter(), dm.isThermal());
    }

    private static void positiveFinite(String key, double value, boolean mass) throws InvalidModelException {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidModelException(key, key + " must be positive, got "
                    + (value == 0 ? "0 (not set?)" : mass ? Quantities.formatMass(value) : Double.toString(value)));
        }
    }
}
