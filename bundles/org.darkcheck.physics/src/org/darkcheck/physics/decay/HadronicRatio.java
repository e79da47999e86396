package org.darkcheck.physics.decay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DarkCast's data-driven hadronic widths (FORMULAS.md 2.2, arXiv:1801.04847
 * eqs. 2.15-2.18 and figure 1). The twelve files {@code rf.<F>.<V>.dat} give
 * R_mu^{F,V}(m) per final state F and vector-meson component V = rho, omega,
 * phi and the omega-phi interference. For a boson with quark couplings
 * x = (x_u, x_d, x_s):
 *
 * <pre>
 *   c_V = r_V sum_q T_{V,q} x_q,   T_rho = (1/2, -1/2, 0), T_omega = (1/2, 1/2, 0), T_phi = (0, 0, 1/sqrt 2)
 *   r_rho = 2, r_omega = 6, r_phi = 3 sqrt 2
 *   Gamma(hadrons) = m/(12 pi) [ c_rho^2 R_rho + c_omega^2 R_omega + c_phi^2 R_phi + 2 c_omega c_phi R_omega_phi ]
 * </pre>
 *
 * where R_V sums the files of component V over final states. Linear
 * interpolation in m inside the grid; outside a curve's grid its edge value is
 * held (0 below threshold, the 2-GeV value above), exactly as DarkCast's
 * utils.Dataset. All files share DarkCast's 0.5 MeV grid, so the component sums
 * are stored on one uniform grid from 0 to 2 GeV and read in constant time.
 * Validity: 2 m_pi to 2 GeV (data); above 2 GeV the 2-GeV value is held, as
 * DarkCast does (FORMULAS.md 2.2 "DarkCheck default").
 */
public final class HadronicRatio {

    /** The files per meson component (FORMULAS.md 2.2). */
    private static final String[] RHO_FILES = {"rf.other.rho0.dat", "rf.pi+_pi-.rho0.dat",
        "rf.pi+_pi-_pi+_pi-.rho0.dat", "rf.pi+_pi-_pi0_pi0.rho0.dat"};
    private static final String[] OMEGA_FILES = {"rf.other.omega.dat", "rf.pi+_pi-_pi0.omega.dat",
        "rf.pi0_gamma.omega.dat"};
    private static final String[] PHI_FILES = {"rf.K_K.phi.dat", "rf.K_K_pi.phi.dat", "rf.other.phi.dat",
        "rf.pi+_pi-_pi0.phi.dat"};
    private static final String INTERFERENCE_FILE = "rf.pi+_pi-_pi0.omega_phi.dat";
    private static final String FOLDER = "/data/darkcast/vmd/";

    /** Grid step of every DarkCast vmd file [GeV]. */
    static final double STEP = 0.0005;
    /** Upper end of the data [GeV]. */
    public static final double DATA_END = 2.0;

    /** r_V of DarkCast eq. 2.18. */
    private static final double R_RHO = 2;
    private static final double R_OMEGA = 6;
    private static final double R_PHI = 3 * Math.sqrt(2);

    /**
     * DarkCast's exclusive hadronic final states (the {@code <F>} of {@code rf.<F>.<V>.dat}) and
     * their meson components, in the order rho, omega, phi, omega-phi interference (null = absent).
     */
    private static final Map<String, String[]> FINAL_STATES = Map.of(
            "pi+_pi-", new String[] {"rho0", null, null, null},
            "pi+_pi-_pi+_pi-", new String[] {"rho0", null, null, null},
            "pi+_pi-_pi0_pi0", new String[] {"rho0", null, null, null},
            "pi+_pi-_pi0", new String[] {null, "omega", "phi", "omega_phi"},
            "pi0_gamma", new String[] {null, "omega", null, null},
            "K_K", new String[] {null, null, "phi", null},
            "K_K_pi", new String[] {null, null, "phi", null},
            "other", new String[] {"rho0", "omega", "phi", null});

    /** Per-final-state component curves, read on first use: {rho, omega, phi, omega-phi}, null = absent. */
    private final Map<String, Curve[]> finalStateCurves = new ConcurrentHashMap<>();

    private static volatile HadronicRatio instance;

    private final double[] rho;
    private final double[] omega;
    private final double[] phi;
    private final double[] omegaPhi;
    private final double[] darkPhoton;
    /** Second derivatives of the natural cubic splines through the component sums. */
    private final double[] rho2;
    private final double[] omega2;
    private final double[] phi2;
    private final double[] omegaPhi2;

    private HadronicRatio(double[] rho, double[] omega, double[] phi, double[] omegaPhi) {
        this.rho = rho;
        this.omega = omega;
        this.phi = phi;
        this.omegaPhi = omegaPhi;
        this.darkPhoton = new double[rho.length];
        for (int i = 0; i < rho.length; i++) {
            darkPhoton[i] = rho[i] + omega[i] + phi[i] - 2 * omegaPhi[i];
        }
        this.rho2 = naturalSpline(rho);
        this.omega2 = naturalSpline(omega);
        this.phi2 = naturalSpline(phi);
        this.omegaPhi2 = naturalSpline(omegaPhi);
    }

    /** Second derivatives (times step^2) of the natural cubic spline through y on the uniform grid. */
    private static double[] naturalSpline(double[] y) {
        int n = y.length;
        double[] m = new double[n];
        double[] c = new double[n];
        double[] d = new double[n];
        // tridiagonal system m[i-1] + 4 m[i] + m[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]), m[0] = m[n-1] = 0
        for (int i = 1; i < n - 1; i++) {
            double rhs = 6 * (y[i + 1] - 2 * y[i] + y[i - 1]);
            double diag = 4 - (i > 1 ? c[i - 1] : 0);
            c[i] = 1 / diag;
            d[i] = (rhs - (i > 1 ? d[i - 1] : 0)) / diag;
        }
        for (int i = n - 2; i >= 1; i--) {
            m[i] = d[i] - c[i] * m[i + 1];
        }
        return m;
    }

    private static double spline(double[] y, double[] m2, double mass) {
        if (!(mass > 0)) {
            return y[0];
        }
        double u = mass / STEP;
        int i = (int) u;
        if (i >= y.length - 1) {
            return y[y.length - 1];
        }
        double t = u - i;
        double s = 1 - t;
        return s * y[i] + t * y[i + 1] + ((s * s * s - s) * m2[i] + (t * t * t - t) * m2[i + 1]) / 6;
    }

    /** The ratio read from the bundled DarkCast files (read once). */
    public static HadronicRatio darkCast() {
        HadronicRatio r = instance;
        if (r == null) {
            synchronized (HadronicRatio.class) {
                r = instance;
                if (r == null) {
                    int n = (int) Math.round(DATA_END / STEP) + 1;
                    r = new HadronicRatio(sum(RHO_FILES, n), sum(OMEGA_FILES, n), sum(PHI_FILES, n),
                            sum(new String[] {INTERFERENCE_FILE}, n));
                    instance = r;
                }
            }
        }
        return r;
    }

    private static double[] sum(String[] files, int n) {
        double[] out = new double[n];
        for (String f : files) {
            Curve c = Curve.read(f);
            for (int i = 0; i < n; i++) {
                out[i] += c.at(i * STEP);
            }
        }
        return out;
    }

    private static double interpolate(double[] grid, double m) {
        if (!(m > 0)) {
            return grid[0];
        }
        double u = m / STEP;
        int i = (int) u;
        if (i >= grid.length - 1) {
            return grid[grid.length - 1];
        }
        double t = u - i;
        return grid[i] + t * (grid[i + 1] - grid[i]);
    }

    /**
     * Gamma(V -&gt; hadrons) like {@link #width} but read through natural cubic splines
     * of the same 0.5 MeV data instead of DarkCast's linear interpolation: twice
     * differentiable, for the quadratures of the thermal average (the linear
     * interpolant's kink at every grid point would make an adaptive rule chase
     * 0.5 MeV structure). Differs from {@link #width} by the interpolation only.
     */
    public double widthSmooth(double m, double xu, double xd, double xs) {
        double cRho = R_RHO * 0.5 * (xu - xd);
        double cOmega = R_OMEGA * 0.5 * (xu + xd);
        double cPhi = R_PHI * xs / Math.sqrt(2);
        double bracket = cRho * cRho * spline(rho, rho2, m) + cOmega * cOmega * spline(omega, omega2, m)
                + cPhi * cPhi * spline(phi, phi2, m) + 2 * cOmega * cPhi * spline(omegaPhi, omegaPhi2, m);
        return m / (12 * Math.PI) * bracket;
    }

    /** R(m) for the dark photon, dimensionless; m in GeV. */
    public double darkPhoton(double m) {
        return interpolate(darkPhoton, m);
    }

    /** R_rho(m): the rho-component files summed over final states. */
    public double rho(double m) {
        return interpolate(rho, m);
    }

    /** R_omega(m). */
    public double omega(double m) {
        return interpolate(omega, m);
    }

    /** R_phi(m). */
    public double phi(double m) {
        return interpolate(phi, m);
    }

    /** R_omega-phi(m), the interference of pi+ pi- pi0 (negative). */
    public double omegaPhi(double m) {
        return interpolate(omegaPhi, m);
    }

    /**
     * Gamma(V -&gt; hadrons) [GeV] of a vector of mass m [GeV] with absolute quark
     * couplings x_u, x_d, x_s (e.g. x_u = (2/3) eps e for the dark photon), light
     * quarks only (the perturbative c cbar and b bbar are not included).
     */
    public double width(double m, double xu, double xd, double xs) {
        double cRho = R_RHO * 0.5 * (xu - xd);
        double cOmega = R_OMEGA * 0.5 * (xu + xd);
        double cPhi = R_PHI * xs / Math.sqrt(2);
        double bracket = cRho * cRho * rho(m) + cOmega * cOmega * omega(m) + cPhi * cPhi * phi(m)
                + 2 * cOmega * cPhi * omegaPhi(m);
        return m / (12 * Math.PI) * bracket;
    }

    /** Whether {@code finalState} is one of DarkCast's exclusive hadronic final states (e.g. "pi+_pi-", "K_K"). */
    public static boolean isHadronicFinalState(String finalState) {
        return FINAL_STATES.containsKey(finalState);
    }

    /**
     * Gamma(V -&gt; F) [GeV] for one of DarkCast's exclusive hadronic final states F
     * ({@link #isHadronicFinalState}), for a vector of mass m [GeV] with absolute quark
     * couplings x_u, x_d, x_s (DarkCast eqs. 2.17-2.18):
     * m/(12 pi) [sum_V c_V^2 R_F^V(m) + 2 c_omega c_phi R_F^{omega phi}(m)].
     *
     * @throws IllegalArgumentException if F is not a DarkCast hadronic final state
     */
    public double finalStateWidth(String finalState, double m, double xu, double xd, double xs) {
        String[] components = FINAL_STATES.get(finalState);
        if (components == null) {
            throw new IllegalArgumentException("finalState: not a DarkCast hadronic final state: " + finalState);
        }
        Curve[] curves = finalStateCurves.computeIfAbsent(finalState, f -> {
            Curve[] c = new Curve[4];
            for (int i = 0; i < 4; i++) {
                c[i] = components[i] == null ? null : Curve.read("rf." + f + "." + components[i] + ".dat");
            }
            return c;
        });
        double cRho = R_RHO * 0.5 * (xu - xd);
        double cOmega = R_OMEGA * 0.5 * (xu + xd);
        double cPhi = R_PHI * xs / Math.sqrt(2);
        double bracket = 0;
        if (curves[0] != null) {
            bracket += cRho * cRho * curves[0].at(m);
        }
        if (curves[1] != null) {
            bracket += cOmega * cOmega * curves[1].at(m);
        }
        if (curves[2] != null) {
            bracket += cPhi * cPhi * curves[2].at(m);
        }
        if (curves[3] != null) {
            bracket += 2 * cOmega * cPhi * curves[3].at(m);
        }
        return m / (12 * Math.PI) * bracket;
    }

    /** A tabulated curve on a grid of increasing masses, linear inside, edge-held outside. */
    static final class Curve {
        private final double[] mass;
        private final double[] value;

        Curve(double[] mass, double[] value) {
            this.mass = mass;
            this.value = value;
        }

        double at(double m) {
            int n = mass.length;
            if (m <= mass[0]) {
                return value[0];
            }
            if (m >= mass[n - 1]) {
                return value[n - 1];
            }
            int lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (mass[mid] <= m) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double t = (m - mass[lo]) / (mass[hi] - mass[lo]);
            return value[lo] + t * (value[hi] - value[lo]);
        }

        static Curve read(String file) {
            String path = FOLDER + file;
            try (InputStream in = HadronicRatio.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing physics data file " + path);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                List<double[]> rows = new ArrayList<>();
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    String t = line.trim();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    String[] cols = t.split("\\s+");
                    if (cols.length < 2) {
                        throw new IllegalStateException(path + ":" + lineNo + ": expected two columns");
                    }
                    rows.add(new double[] {Double.parseDouble(cols[0]), Double.parseDouble(cols[1])});
                }
                double[] m = new double[rows.size()];
                double[] v = new double[rows.size()];
                for (int i = 0; i < m.length; i++) {
                    m[i] = rows.get(i)[0];
                    v[i] = rows.get(i)[1];
                    if (i > 0 && !(m[i] > m[i - 1])) {
                        throw new IllegalStateException(path + ": masses not increasing at row " + (i + 1));
                    }
                    if (Math.abs(m[i] / STEP - Math.rint(m[i] / STEP)) > 1e-6) {
                        throw new IllegalStateException(path + ": mass " + m[i] + " is off DarkCast's 0.5 MeV grid");
                    }
                }
                if (m.length < 2) {
                    throw new IllegalStateException(path + ": fewer than two points");
                }
                return new Curve(m, v);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read physics data file " + path, e);
            }
        }
    }
}
