package org.darkcheck.physics.loops;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.VectorCouplings;

/**
 * One-loop contributions of a light boson to the anomalous magnetic moments
 * a_l = (g - 2)/2 (FORMULAS.md 11; Pospelov arXiv:0811.1030; Leveille Nucl. Phys.
 * B137 (1978) 63; Jegerlehner and Nyffeler arXiv:0902.3360), by 20-point
 * Gauss-Legendre quadrature (Commons Math), relative accuracy 1e-6:
 *
 * <pre>
 *   vector (coupling g_l, alpha_g = g_l^2/4pi):  (alpha_g/2pi) int_0^1 2 z (1-z)^2 / [(1-z)^2 + z M^2/m_l^2] dz
 *   scalar (Yukawa y_l):                        (y_l^2/8pi^2) int_0^1 (1-z)^2 (1+z) / [(1-z)^2 + z M^2/m_l^2] dz
 * </pre>
 *
 * Couplings: dark photon eps e; L_mu - L_tau g for the muon and the loop-induced
 * x_e (q^2 = 0) for the electron; B - L g; dark scalar y_l = sin theta m_l/v.
 * Valid for any boson mass; both contributions are positive.
 */
public final class MagneticMoments {

    private static final GaussIntegrator GAUSS = new GaussIntegratorFactory().legendre(20, 0, 1);

    private MagneticMoments() {
    }

    /** Delta a_l of a vector of mass M with vector coupling g_l to a lepton of mass m_l. */
    public static double vector(double coupling, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        UnivariateFunction f = z -> 2 * z * (1 - z) * (1 - z) / ((1 - z) * (1 - z) + z * r);
        double alphaG = coupling * coupling / (4 * Math.PI);
        return alphaG / (2 * Math.PI) * GAUSS.integrate(f);
    }

    /** Delta a_l of a scalar of mass M with Yukawa y_l to a lepton of mass m_l. */
    public static double scalar(double yukawa, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        UnivariateFunction f = z -> (1 - z) * (1 - z) * (1 + z) / ((1 - z) * (1 - z) + z * r);
        return yukawa * yukawa / (8 * Math.PI * Math.PI) * GAUSS.integrate(f);
    }

    /** Delta a_l of the model's mediator for the lepton of mass m_l (electron or muon). */
    public static Value of(MediatorType mediator, double mass, double coupling, double leptonMass) {
        if (mediator == MediatorType.DARK_SCALAR) {
            return Value.of(scalar(coupling * leptonMass / Constants.HIGGS_VEV, mass, leptonMass));
        }
        VectorCouplings x = VectorCouplings.of(mediator, 0);
        double xl = leptonMass == Constants.MUON_MASS ? x.mu() : leptonMass == Constants.TAU_MASS ? x.tau() : x.e();
        return Value.of(vector(coupling * xl, mass, leptonMass));
    }
}
