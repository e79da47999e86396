package org.darkcheck.physics.relic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.interpolation.AkimaSplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.math.GaussKronrod;

/**
 * The Standard Model's effective degrees of freedom in energy, g_*(T), and in
 * entropy, g_*s(T) (FORMULAS.md 7.4), T in GeV.
 * <ul>
 * <li>T &gt;= 1 MeV: the lattice-QCD-based equation of state of Borsanyi et al.,
 * Nature 539 (2016) 69, arXiv:1606.07494, Table S2 ({@code data/gstar/}, with
 * its provenance and licence in the README there);</li>
 * <li>T &lt; 1 MeV: computed here for an ideal gas of photons, e+ e- (exact
 * Fermi-Dirac integrals with m_e) and three neutrino species decoupled
 * instantaneously before e+ e- annihilation, (T_nu/T)^3 = g_s,gamma e(T)/(11/2),
 * at the temperatures of FORMULAS.md's table; tends to g_* = 3.363,
 * g_*s = 3.909.</li>
 * </ul>
 * Interpolation: Akima splines of g_* and g_*s versus log10 T through the 30
 * points; outside the table the end values, with zero derivative. Valid for
 * 1 keV &lt; T &lt; 280 GeV.
 */
public final class DegreesOfFreedom {

    /** Temperatures [GeV] of the computed ideal-gas rows (FORMULAS.md 7.4). */
    static final double[] LOW_TEMPERATURES = {1e-6, 2e-6, 5e-6, 1e-5, 2e-5, 3e-5, 5e-5, 7e-5, 1e-4, 1.5e-4, 2e-4,
        3e-4, 5e-4, 7e-4};
    private static final String TABLE = "/data/gstar/borsanyi2016-tableS2.dat";

    private static volatile DegreesOfFreedom instance;

    private final double[] log10T;
    private final double[] gStar;
    private final double[] gStarS;
    private final PolynomialSplineFunction gSpline;
    private final PolynomialSplineFunction gsSpline;
    private final PolynomialSplineFunction gsDerivative;
    /** Fast tables on a uniform grid in log10 T (linear interpolation) for the Boltzmann solver. */
    private final double fastLo;
    private final double[] fastGs;
    private final double[] fastSqrtGEff;
    private static final double FAST_STEP = 0.002;

    private DegreesOfFreedom(double[] log10T, double[] gStar, double[] gStarS) {
        this.log10T = log10T;
        this.gStar = gStar;
        this.gStarS = gStarS;
        AkimaSplineInterpolator akima = new AkimaSplineInterpolator();
        this.gSpline = akima.interpolate(log10T, gStar);
        this.gsSpline = akima.interpolate(log10T, gStarS);
        this.gsDerivative = gsSpline.polynomialSplineDerivative();
        this.fastLo = log10T[0];
        int n = (int) Math.ceil((log10T[log10T.length - 1] - fastLo) / FAST_STEP) + 1;
        this.fastGs = new double[n];
        this.fastSqrtGEff = new double[n];
        for (int i = 0; i < n; i++) {
            double t = Math.pow(10, Math.min(fastLo + i * FAST_STEP, log10T[log10T.length - 1]));
            fastGs[i] = gStarS(t);
            fastSqrtGEff[i] = sqrtGStarEffective(t);
        }
    }

    /** The Standard-Model table (built once). */
    public static DegreesOfFreedom standardModel() {
        DegreesOfFreedom d = instance;
        if (d == null) {
            synchronized (DegreesOfFreedom.class) {
                d = instance;
                if (d == null) {
                    d = build();
                    instance = d;
                }
            }
        }
        return d;
    }

    private static DegreesOfFreedom build() {
        List<double[]> rows = new ArrayList<>();
        for (double t : LOW_TEMPERATURES) {
            double[] g = idealGas(t);
            rows.add(new double[] {Math.log10(t), g[0], g[1]});
        }
        for (double[] r : readBorsanyi()) {
            double t = Math.pow(10, r[0]) * 1e-3;
            rows.add(new double[] {Math.log10(t), r[1], r[1] / r[2]});
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] g = new double[n];
        double[] gs = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[0];
            g[i] = rows.get(i)[1];
            gs[i] = rows.get(i)[2];
        }
        return new DegreesOfFreedom(x, g, gs);
    }

    private static List<double[]> readBorsanyi() {
        try (InputStream in = DegreesOfFreedom.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing physics data file " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] c = t.split("\\s+");
                if (c.length != 3) {
                    throw new IllegalStateException(TABLE + ": expected 3 columns in '" + t + "'");
                }
                rows.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read physics data file " + TABLE, e);
        }
    }

    /**
     * {g_*, g_*s} of photons + e+ e- (Fermi-Dirac with m_e) + three neutrino species
     * decoupled before e+ e- annihilation, at T [GeV].
     */
    public static double[] idealGas(double temperature) {
        double z = Constants.ELECTRON_MASS / temperature;
        // I_rho = int_z^inf u^2 sqrt(u^2 - z^2)/(e^u + 1) du, I_p = (1/3) int (u^2 - z^2)^(3/2)/(e^u + 1) du,
        // with u = z + w^2 to remove the square root at the lower end
        double iRho = GaussKronrod.integrate(w -> {
            double u = z + w * w;
            double k = Math.sqrt(u * u - z * z);
            return 2 * w * u * u * k / (Math.exp(u) + 1);
        }, 0, 8, 1e-10, 0).value();
        double iP = GaussKronrod.integrate(w -> {
            double u = z + w * w;
            double k2 = u * u - z * z;
            return 2 * w * k2 * Math.sqrt(k2) / (3 * (Math.exp(u) + 1));
        }, 0, 8, 1e-10, 0).value();
        double pi4 = Math.pow(Math.PI, 4);
        double gRhoE = 60 * iRho / pi4;
        double gSE = 45 * (iRho + iP) / pi4;
        double nuOverGammaCubed = (2 + gSE) / 5.5;
        double nuOverGamma = Math.cbrt(nuOverGammaCubed);
        double gRho = 2 + gRhoE + 5.25 * nuOverGammaCubed * nuOverGamma;
        double gS = 2 + gSE + 5.25 * nuOverGammaCubed;
        return new double[] {gRho, gS};
    }

    private double clampLog(double temperature) {
        double l = Math.log10(temperature);
        return Math.max(log10T[0], Math.min(log10T[log10T.length - 1], l));
    }

    /** g_*(T), energy density. */
    public double gStar(double temperature) {
        return gSpline.value(clampLog(temperature));
    }

    /** g_*s(T), entropy density. */
    public double gStarS(double temperature) {
        return gsSpline.value(clampLog(temperature));
    }

    /** d ln g_*s / d ln T (0 outside the table). */
    public double dLnGStarSdLnT(double temperature) {
        double l = Math.log10(temperature);
        if (l <= log10T[0] || l >= log10T[log10T.length - 1]) {
            return 0;
        }
        return gsDerivative.value(l) / (gsSpline.value(l) * Math.log(10));
    }

    /** g_*^1/2 = (g_*s / sqrt g_*)(1 + (1/3) d ln g_*s / d ln T), the factor of the Boltzmann equation. */
    public double sqrtGStarEffective(double temperature) {
        double l = clampLog(temperature);
        double gs = gsSpline.value(l);
        double g = gSpline.value(l);
        return gs / Math.sqrt(g) * (1 + dLnGStarSdLnT(temperature) / 3);
    }

    /**
     * g_*s(T) from a precomputed uniform table in log10 T (step 0.002, cubic Hermite
     * interpolation, relative difference to the spline below 1e-6), for the solver's inner loop;
     * takes ln T.
     */
    double gStarSFast(double lnT) {
        return fast(fastGs, lnT);
    }

    /** g_*^1/2 of {@link #sqrtGStarEffective} from the fast table; takes ln T. */
    double sqrtGStarEffectiveFast(double lnT) {
        return fast(fastSqrtGEff, lnT);
    }

    /** Cubic Hermite (Catmull-Rom) interpolation on the uniform table: continuous first derivative. */
    private double fast(double[] table, double lnT) {
        double u = (lnT / Math.log(10) - fastLo) / FAST_STEP;
        if (u <= 0) {
            return table[0];
        }
        int i = (int) u;
        int n = table.length;
        if (i >= n - 1) {
            return table[n - 1];
        }
        double t = u - i;
        double f0 = table[i];
        double f1 = table[i + 1];
        double d0 = i > 0 ? (f1 - table[i - 1]) / 2 : f1 - f0;
        double d1 = i + 2 < n ? (table[i + 2] - f0) / 2 : f1 - f0;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * f0 + (t3 - 2 * t2 + t) * d0 + (-2 * t3 + 3 * t2) * f1 + (t3 - t2) * d1;
    }

    /** The table's temperatures [GeV], ascending. */
    public double[] temperatures() {
        double[] t = new double[log10T.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.pow(10, log10T[i]);
        }
        return t;
    }

    /** The table's g_* values. */
    public double[] gStarTable() {
        return gStar.clone();
    }

    /** The table's g_*s values. */
    public double[] gStarSTable() {
        return gStarS.clone();
    }
}
