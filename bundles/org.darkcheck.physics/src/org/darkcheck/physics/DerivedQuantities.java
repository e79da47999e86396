package org.darkcheck.physics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The derived quantities under the fixed names of shared/CLI.md, in that order,
     * each in the unit its name says; null where a quantity does not apply to the
     * model or is not computed by this version.
     */
    public Map<String, Double> named() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("widthTotalGeV", decays.total());
        out.put("widthVisibleGeV", decays.visible());
        out.put("widthInvisibleGeV", decays.invisible());
        out.put("brElectrons", decays.brElectrons());
        out.put("brMuons", decays.brMuons());
        out.put("brTaus", decays.brTaus());
        out.put("brHadrons", decays.brHadrons());
        out.put("brInvisible", decays.brInvisible());
        out.put("brPhotons", decays.brPhotons());
        out.put("lifetimeSeconds", finiteOrNull(decays.lifetimeSeconds()));
        out.put("ctauMeters", finiteOrNull(decays.ctauMeters()));
        out.put("Y", hasY() ? y : null);
        for (String notYet : new String[] {"sigmaVCm3PerS", "omegaH2", "sigmaElectronCm2", "sigmaProtonCm2",
            "pAnnCm3PerSPerGeV", "deltaAElectron", "deltaAMuon"}) {
            out.put(notYet, null);
        }
        return out;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
