package org.darkcheck.physics;

import java.util.ArrayList;
import java.util.List;

import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.units.Quantities;

/** Computes the {@link DerivedQuantities} of a model point. Pure and thread-safe. */
public final class Evaluator {

    private Evaluator() {
    }

    public static DerivedQuantities derive(ModelSnapshot model) {
        List<String> notes = new ArrayList<>();
        double m = model.mediatorMass();
        MediatorDecays decays;
        switch (model.mediator()) {
            case DARK_PHOTON:
                decays = DarkPhotonDecays.of(m, model.coupling(), model.darkMatter(), model.darkMatterMass(),
                        model.splitting(), model.alphaD());
                if (m > DarkPhotonDecays.UPPER_VALIDITY_MASS) {
                    notes.add("dark-photon widths neglect Z-mixing above 10 GeV (m_A' = " + Quantities.formatMass(m) + ")");
                }
                if (m < 2 * Constants.ELECTRON_MASS && model.darkMatter() == DarkMatterType.NONE) {
                    notes.add("below 2 m_e the dark photon decays only to 3 photons (m_A' = " + Quantities.formatMass(m) + ")");
                }
                break;
            default:
                throw new IllegalArgumentException("no physics for mediator " + model.mediator());
        }
        double y = Double.NaN;
        if (model.hasDarkMatter()) {
            double ratio = model.darkMatterMass() / m;
            y = model.coupling() * model.coupling() * model.alphaD() * ratio * ratio * ratio * ratio;
        }
        return new DerivedQuantities(model, decays, y, notes);
    }
}
