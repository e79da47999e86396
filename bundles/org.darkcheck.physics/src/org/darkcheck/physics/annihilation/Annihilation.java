package org.darkcheck.physics.annihilation;

import java.util.function.DoubleUnaryOperator;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.ScalarDecays;
import org.darkcheck.physics.decay.VectorBosonDecays;

/**
 * Dark-matter annihilation through an s-channel mediator into every Standard-Model
 * final state, and the secluded channel chi chi -&gt; mediator pairs (FORMULAS.md 6).
 * Cross sections in GeV^-2 (sigma, and sigma v with v the relative velocity).
 * <p>
 * The Standard-Model side is the mediator's own width evaluated at mass sqrt(s):
 * sigma(s) = K(s) c^2 Gamma-hat_SM(sqrt s) / |D(s)|^2, with the running-width
 * propagator |D(s)|^2 = (s - M^2)^2 + s Gamma_M(sqrt s)^2, Gamma_M = c^2 Gamma-hat_SM + Gamma_DM
 * (FORMULAS.md 6.1), c the mediator's coupling and K(s) the dark-matter side:
 * <ul>
 * <li>vector mediators (dark photon, L_mu - L_tau, B - L; g_D^2 = 4 pi alpha_D):
 * complex scalar and Majorana (axial) K = g_D^2 sqrt(s) beta; Dirac
 * K = g_D^2 (s + 2 m^2)/(sqrt(s) beta); pseudo-Dirac chi1 chi2
 * K = g_D^2 S sqrt(s)/sqrt(lambda), S = p1.p2 + 3 m1 m2 + 2 (q.p1)(q.p2)/s;</li>
 * <li>dark scalar (conventions of {@link ScalarDecays}): Dirac and Majorana
 * K = (y^2/2) sqrt(s) beta (p-wave), pseudo-Dirac the chi1 chi1 and chi2 chi2
 * Majorana channels, complex scalar K = A^2/(sqrt(s) beta) (s-wave),
 * A^2 = 4 pi alpha_D m^2. These dark-scalar forms follow from the same
 * optical-theorem construction; FORMULAS.md does not give them.</li>
 * </ul>
 * The pair is chi chi (or chi chibar) of mass m = m_chi, except for pseudo-Dirac
 * through a vector, where only chi1 chi2 annihilates.
 */
public final class Annihilation {

    /** sigma v is expanded a + b v^2 with these relative velocities (FORMULAS.md 6.2 recipe). */
    static final double V_A = 1e-5;
    static final double V_B = 0.02;
    /** Velocity of galactic dark matter today. */
    public static final double V_TODAY = 1e-3;

    private final MediatorType mediator;
    private final DarkMatterType kind;
    private final double mediatorMass;
    private final double coupling;
    private final double alphaD;
    private final double m1;
    private final double m2;
    private final DoubleUnaryOperator smWidthHat;
    private final DoubleUnaryOperator smWidthHatSmooth;

    private Annihilation(MediatorType mediator, DarkMatterType kind, double mediatorMass, double coupling,
            double alphaD, double m1, double m2) {
        this.mediator = mediator;
        this.kind = kind;
        this.mediatorMass = mediatorMass;
        this.coupling = coupling;
        this.alphaD = alphaD;
        this.m1 = m1;
        this.m2 = m2;
        this.smWidthHat = smWidthFunction(mediator, false);
        this.smWidthHatSmooth = smWidthFunction(mediator, true);
    }

    /** The annihilation of the model's dark matter; the model must have dark matter. */
    public static Annihilation of(ModelSnapshot model) {
        if (!model.hasDarkMatter()) {
            throw new IllegalArgumentException("the model has no dark matter to annihilate");
        }
        double m1 = model.darkMatterMass();
        double m2 = model.darkMatter() == DarkMatterType.PSEUDO_DIRAC ? m1 + model.splitting() : m1;
        return new Annihilation(model.mediator(), model.darkMatter(), model.mediatorMass(), model.coupling(),
                model.alphaD(), m1, m2);
    }

    /** The same annihilation with another mediator coupling (for the thermal-target search). */
    public Annihilation withCoupling(double c) {
        return new Annihilation(mediator, kind, mediatorMass, c, alphaD, m1, m2);
    }

    private static DoubleUnaryOperator smWidthFunction(MediatorType type, boolean smooth) {
        if (type == MediatorType.DARK_SCALAR) {
            return ScalarDecays::smWidthUnitCoupling;
        }
        return smooth ? mu -> VectorBosonDecays.smWidthUnitCouplingSmooth(type, mu)
                : mu -> VectorBosonDecays.smWidthUnitCoupling(type, mu);
    }

    public MediatorType mediator() {
        return mediator;
    }

    public DarkMatterType kind() {
        return kind;
    }

    public double mediatorMass() {
        return mediatorMass;
    }

    public double coupling() {
        return coupling;
    }

    public double alphaD() {
        return alphaD;
    }

    /** m_chi1 [GeV]. */
    public double m1() {
        return m1;
    }

    /** m_chi2 [GeV] (= m1 except pseudo-Dirac). */
    public double m2() {
        return m2;
    }

    /** Whether the annihilating pair is chi1 chi2 (pseudo-Dirac through a vector: coannihilation). */
    public boolean isCoannihilation() {
        return kind == DarkMatterType.PSEUDO_DIRAC && mediator.isVector();
    }

    /** Gamma-hat_SM(mu) [GeV]: the mediator's Standard-Model width at mass mu with unit coupling. */
    public double smWidthUnitCoupling(double mu) {
        return smWidthHat.applyAsDouble(mu);
    }

    /** Gamma_M(mu) = c^2 Gamma-hat_SM(mu) + Gamma_DM(mu) [GeV], the running width. */
    public double mediatorWidth(double mu) {
        return coupling * coupling * smWidthUnitCoupling(mu) + darkMatterWidth(mu);
    }

    /** The mediator's width to dark matter if its mass were mu [GeV]. */
    public double darkMatterWidth(double mu) {
        return mediator.isVector() ? DarkPhotonDecays.toDarkMatter(mu, kind, m1, m2 - m1, alphaD)
                : ScalarDecays.toDarkMatter(mu, kind, m1, m2 - m1, alphaD);
    }

    /**
     * sigma(s) [GeV^-2] of the annihilating pair (chi1 chi2 for pseudo-Dirac through a
     * vector, else two particles of mass m1), zero below threshold.
     */
    public double sigma(double s) {
        return isCoannihilation() ? sigma(s, m1, m2) : sigma(s, m1, m1);
    }

    /** sigma(s) [GeV^-2] of a pair of masses ma, mb (ma = mb except for vector coannihilation). */
    public double sigma(double s, double ma, double mb) {
        return sigma(s, ma, mb, s - (ma + mb) * (ma + mb));
    }

    /**
     * sigma(s) [GeV^-2] of a pair of masses ma, mb, given s - (ma + mb)^2 computed by
     * the caller without cancellation (near threshold s itself has too few digits).
     */
    public double sigma(double s, double ma, double mb, double aboveThreshold) {
        return sigma(s, ma, mb, aboveThreshold, false);
    }

    /**
     * As {@link #sigma(double, double, double, double)}; with {@code smoothHadrons} the
     * hadronic R is read through a spline of the DarkCast data (for quadratures).
     */
    public double sigma(double s, double ma, double mb, double aboveThreshold, boolean smoothHadrons) {
        if (!(aboveThreshold > 0)) {
            return 0;
        }
        double rootS = Math.sqrt(s);
        double gD2 = 4 * Math.PI * alphaD;
        double k;
        if (mediator.isVector()) {
            switch (kind) {
                case COMPLEX_SCALAR:
                case MAJORANA:
                    k = gD2 * rootS * Math.sqrt(aboveThreshold / s);
                    break;
                case DIRAC:
                    k = gD2 * (s + 2 * ma * ma) / (rootS * Math.sqrt(aboveThreshold / s));
                    break;
                case PSEUDO_DIRAC: {
                    double lambda = aboveThreshold * (s - (ma - mb) * (ma - mb));
                    double p1p2 = (s - ma * ma - mb * mb) / 2;
                    double qp1 = (s + ma * ma - mb * mb) / 2;
                    double qp2 = (s - ma * ma + mb * mb) / 2;
                    double spin = p1p2 + 3 * ma * mb + 2 * qp1 * qp2 / s;
                    k = gD2 * spin * rootS / Math.sqrt(lambda);
                    break;
                }
                default:
                    return 0;
            }
        } else {
            double beta = Math.sqrt(aboveThreshold / s);
            if (kind == DarkMatterType.COMPLEX_SCALAR) {
                k = gD2 * ma * ma / (rootS * beta);
            } else {
                k = gD2 / 2 * rootS * beta;
            }
        }
        double m2med = mediatorMass * mediatorMass;
        double smWidth = coupling * coupling
                * (smoothHadrons ? smWidthHatSmooth.applyAsDouble(rootS) : smWidthHat.applyAsDouble(rootS));
        double width = smWidth + darkMatterWidth(rootS);
        double d = (s - m2med) * (s - m2med) + s * width * width;
        return k * smWidth / d;
    }

    /** Mandelstam s of two particles of mass m at relative velocity v (CM frame, v = 2 beta). */
    public static double sOfRelativeVelocity(double m, double v) {
        return 4 * m * m / (1 - v * v / 4);
    }

    /**
     * sigma v [GeV^-2] at relative velocity v through the s channel, for the lighter
     * pair (chi chi; for pseudo-Dirac its delta -&gt; 0 limit: chi1 chi2 at m1 = m2).
     */
    public double sigmaV(double v) {
        double s = sOfRelativeVelocity(m1, v);
        double aboveThreshold = m1 * m1 * v * v / (1 - v * v / 4);
        return sigma(s, m1, m1, aboveThreshold) * v;
    }

    /**
     * The s-wave coefficient a = sigma v at v -&gt; 0 [GeV^-2] (FORMULAS.md 6.2 recipe at v = 1e-5), with the
     * b v^2 part removed by a second point at 2v: a = (4 sigma v(v) - sigma v(2v))/3. The plain sigma v(1e-5)
     * leaves b 1e-10 in a, which for p-wave kinds (a = 0) would dominate the CMB bound's b &lt;v^2&gt; ~ b 3e-13.
     */
    public double a() {
        return (4 * sigmaV(V_A) - sigmaV(2 * V_A)) / 3;
    }

    /** The p-wave coefficient b = [sigma v(0.02) - a]/0.02^2 [GeV^-2]. */
    public double b() {
        return (sigmaV(V_B) - a()) / (V_B * V_B);
    }

    /**
     * Whether the a + b v^2 expansion is meaningful: not within the thermal spread of
     * the resonance, (m_A'^2 - 4 m^2)/(4 m^2) &gt; 0.3 or the mediator below threshold
     * (FORMULAS.md 6.3). Null when fine, else the reason.
     */
    public String expansionProblem() {
        double r = (mediatorMass * mediatorMass - 4 * m1 * m1) / (4 * m1 * m1);
        if (r >= 0 && r <= 0.3) {
            return "near the resonance m_med ~ 2 m_chi ((m_med^2 - 4 m_chi^2)/(4 m_chi^2) = "
                    + String.format(java.util.Locale.ROOT, "%.3g", r)
                    + " <= 0.3): the a + b v^2 expansion is unreliable, only the thermal average holds";
        }
        return null;
    }

    /**
     * Secluded annihilation chi chi -&gt; mediator mediator (FORMULAS.md 6.4), sigma v [GeV^-2],
     * s-wave, independent of the mediator coupling; zero when m_med &gt;= m_chi. Dirac
     * and pseudo-Dirac (delta -&gt; 0, Pospelov-Ritz-Voloshin arXiv:0711.4866) and complex
     * scalar through a vector are given; Majorana (axial) and every kind through the
     * dark scalar are not provided and come back out of validity with the reason.
     */
    public Value secludedSigmaV() {
        if (mediatorMass >= m1) {
            return Value.of(0);
        }
        double r = mediatorMass * mediatorMass / (m1 * m1);
        double pre = Math.PI * alphaD * alphaD / (m1 * m1);
        if (!mediator.isVector()) {
            return Value.outOfValidity(Double.NaN,
                    "secluded annihilation into dark-scalar pairs is not provided (FORMULAS.md 6.4 covers vectors only)");
        }
        switch (kind) {
            case DIRAC:
                return Value.of(pre * Math.pow(1 - r, 1.5) / ((1 - r / 2) * (1 - r / 2)));
            case PSEUDO_DIRAC:
                return Value.checked(pre * Math.pow(1 - r, 1.5) / ((1 - r / 2) * (1 - r / 2)),
                        (m2 - m1) > 1e-2 * m1 ? "secluded pseudo-Dirac annihilation uses the Dirac formula (delta -> 0)"
                                : null);
            case COMPLEX_SCALAR:
                return Value.of(2 * pre * Math.sqrt(1 - r) * (8 - 8 * r + 3 * r * r) / (8 * (1 - r / 2) * (1 - r / 2)));
            case MAJORANA:
                return Value.outOfValidity(Double.NaN,
                        "secluded Majorana (axial) annihilation is not provided (longitudinal enhancement; FORMULAS.md 6.4)");
            default:
                return Value.of(0);
        }
    }
}
