package org.darkcheck.physics.loops;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.VectorCouplings;
import org.darkcheck.physics.math.GaussKronrod;

/**
 * One-loop contributions of a light boson to the anomalous magnetic moments
 * a_l = (g - 2)/2 (FORMULAS.md 11; Pospelov arXiv:0811.1030; Leveille Nucl. Phys.
 * B137 (1978) 63; Jegerlehner and Nyffeler arXiv:0902.3360), by 16-point
 * Gauss-Legendre rules (Commons Math) on three pieces in a logarithmic variable,
 * relative accuracy better than 1e-5 for any M/m_l from 1e-6 to 1e6 (tested against adaptive quadrature):
 *
 * <pre>
 *   vector (coupling g_l, alpha_g = g_l^2/4pi):  (alpha_g/2pi) int_0^1 2 z (1-z)^2 / [(1-z)^2 + z M^2/m_l^2] dz
 *   scalar (Yukawa y_l):                        (y_l^2/8pi^2) int_0^1 (1-z)^2 (1+z) / [(1-z)^2 + z M^2/m_l^2] dz
 * </pre>
 *
 * Couplings: dark photon eps e; L_mu - L_tau g for the muon and the loop-induced
 * x_e (q^2 = 0) for the electron; B - L g; dark scalar y_l = sin theta m_l/v.
 * Valid for any boson mass; both contributions are positive.
 * <p>
 * FORMULAS.md 11.1 says 20-point Gauss-Legendre in z is enough; it is not for a
 * boson much heavier than the lepton: the scalar integrand then behaves like
 * 1/(1 + z M^2/m^2), concentrated at z ~ m^2/M^2 (20 points give Delta a_e of
 * the 100 MeV dark Higgs 36 % low, 8.6e-24 instead of 1.337e-23). Hence u = ln z
 * with pieces around z = m^2/M^2 when M &gt; m, and w = ln(1 - z) with pieces around
 * 1 - z = M/m when M &lt; m (where the integrands turn over near z = 1).
 */
public final class MagneticMoments {

    /** Below this z (resp. 1 - z) the integrands are bounded and contribute less than this. */
    private static final double Z_MIN = 1e-15;
    /** Half width in the log variable of the piece around the feature. */
    private static final double HALF = 4;
    private static final double[] NODES;
    private static final double[] WEIGHTS;

    static {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(16, -1, 1);
        NODES = new double[g.getNumberOfPoints()];
        WEIGHTS = new double[g.getNumberOfPoints()];
        for (int i = 0; i < NODES.length; i++) {
            NODES[i] = g.getPoint(i);
            WEIGHTS[i] = g.getWeight(i);
        }
    }

    private MagneticMoments() {
    }

    /** Delta a_l of a vector of mass M with vector coupling g_l to a lepton of mass m_l. */
    public static double vector(double coupling, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        double alphaG = coupling * coupling / (4 * Math.PI);
        return alphaG / (2 * Math.PI) * integrate(z -> 2 * z * (1 - z) * (1 - z) / ((1 - z) * (1 - z) + z * r), r);
    }

    /** Delta a_l of a scalar of mass M with Yukawa y_l to a lepton of mass m_l. */
    public static double scalar(double yukawa, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        return yukawa * yukawa / (8 * Math.PI * Math.PI)
                * integrate(z -> (1 - z) * (1 - z) * (1 + z) / ((1 - z) * (1 - z) + z * r), r);
    }

    /**
     * int_0^1 f(z) dz for r = M^2/m_l^2: in u = ln z around z = 1/r when r &gt;= 1, in
     * w = ln(1 - z) around 1 - z = sqrt(r) when r &lt; 1; three 16-point pieces.
     */
    static double integrate(DoubleUnaryOperator f, double r) {
        double lo = Math.log(Z_MIN);
        boolean heavy = r >= 1;
        double centre = heavy ? -Math.log(r) : 0.5 * Math.log(r);
        double a = Math.max(lo, Math.min(centre - HALF, -2 * HALF));
        double b = Math.min(0, Math.max(centre + HALF, a + HALF));
        double sum = 0;
        double[] edges = {lo, a, b, 0};
        for (int k = 0; k < 3; k++) {
            double x0 = edges[k];
            double x1 = edges[k + 1];
            if (!(x1 > x0)) {
                continue;
            }
            double mid = 0.5 * (x0 + x1);
            double half = 0.5 * (x1 - x0);
            for (int i = 0; i < NODES.length; i++) {
                double t = mid + half * NODES[i];
                double e = Math.exp(t);
                double value = heavy ? f.applyAsDouble(e) : f.applyAsDouble(1 - e);
                sum += WEIGHTS[i] * half * value * e;
            }
        }
        return sum;
    }

    /** The same integral by adaptive Gauss-Kronrod in ln z to 1e-10 (reference for the tests). */
    static double integrateAdaptive(DoubleUnaryOperator f) {
        double ln = GaussKronrod.integrate(u -> {
            double z = Math.exp(u);
            return f.applyAsDouble(z) * z;
        }, Math.log(Z_MIN), -1e-3, 1e-11, 0).value();
        double near1 = GaussKronrod.integrate(w -> {
            double e = Math.exp(w);
            return f.applyAsDouble(1 - e) * e;
        }, Math.log(Z_MIN), Math.log(1 - Math.exp(-1e-3)), 1e-11, 0).value();
        return ln + near1;
    }

    /** Reference Delta a_l of a vector by adaptive quadrature (for tests). */
    public static double vectorReference(double coupling, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        double alphaG = coupling * coupling / (4 * Math.PI);
        return alphaG / (2 * Math.PI) * integrateAdaptive(z -> 2 * z * (1 - z) * (1 - z) / ((1 - z) * (1 - z) + z * r));
    }

    /** Reference Delta a_l of a scalar by adaptive quadrature (for tests). */
    public static double scalarReference(double yukawa, double bosonMass, double leptonMass) {
        double r = bosonMass * bosonMass / (leptonMass * leptonMass);
        return yukawa * yukawa / (8 * Math.PI * Math.PI)
                * integrateAdaptive(z -> (1 - z) * (1 - z) * (1 + z) / ((1 - z) * (1 - z) + z * r));
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
