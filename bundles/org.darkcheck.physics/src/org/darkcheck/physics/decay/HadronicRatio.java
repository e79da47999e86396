package org.darkcheck.physics.decay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DarkCast's data-driven hadronic R ratio for a dark photon (FORMULAS.md 2.2,
 * arXiv:1801.04847 figure 1): R(m) = sum of the single-meson R_mu^F,V curves
 * minus twice the omega-phi interference of pi+ pi- pi0. Linear interpolation
 * in m; outside a curve's grid its edge value is held (0 below threshold, the
 * 2-GeV value above), exactly as DarkCast's utils.Dataset.
 */
public final class HadronicRatio {

    private static final String[] SINGLE_MESON_FILES = {
        "rf.K_K.phi.dat", "rf.K_K_pi.phi.dat", "rf.other.omega.dat", "rf.other.phi.dat",
        "rf.other.rho0.dat", "rf.pi+_pi-.rho0.dat", "rf.pi+_pi-_pi+_pi-.rho0.dat",
        "rf.pi+_pi-_pi0.omega.dat", "rf.pi+_pi-_pi0.phi.dat", "rf.pi+_pi-_pi0_pi0.rho0.dat",
        "rf.pi0_gamma.omega.dat",
    };
    private static final String INTERFERENCE_FILE = "rf.pi+_pi-_pi0.omega_phi.dat";
    private static final String FOLDER = "/data/darkcast/vmd/";

    private static volatile HadronicRatio instance;

    private final List<Curve> singles;
    private final Curve interference;

    private HadronicRatio(List<Curve> singles, Curve interference) {
        this.singles = singles;
        this.interference = interference;
    }

    /** The ratio read from the bundled DarkCast files (read once). */
    public static HadronicRatio darkCast() {
        HadronicRatio r = instance;
        if (r == null) {
            synchronized (HadronicRatio.class) {
                r = instance;
                if (r == null) {
                    List<Curve> singles = new ArrayList<>();
                    for (String f : SINGLE_MESON_FILES) {
                        singles.add(Curve.read(f));
                    }
                    r = new HadronicRatio(List.copyOf(singles), Curve.read(INTERFERENCE_FILE));
                    instance = r;
                }
            }
        }
        return r;
    }

    /** R(m) for the dark photon, dimensionless; m in GeV. */
    public double darkPhoton(double m) {
        double sum = 0;
        for (Curve c : singles) {
            sum += c.at(m);
        }
        return sum - 2 * interference.at(m);
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
