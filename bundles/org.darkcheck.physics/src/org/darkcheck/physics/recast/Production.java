package org.darkcheck.physics.recast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.decay.VectorCouplings;

/**
 * How a search produced the boson, as DarkCast names it (arXiv:1801.04847
 * eqs. 2.3-2.12; DarkCast's {@code Production}), and the resulting cross-section
 * ratio between a target mediator and the dark photon at equal global coupling
 * (FORMULAS.md 9.1). Built-in mechanisms:
 * <ul>
 * <li>{@code p_brem}: proton bremsstrahlung, (2 x_u + x_d)^2;</li>
 * <li>{@code f_brem}, {@code f_f} (f = e, mu, tau, u, d, s, c, b, ...): lepton-beam bremsstrahlung or
 * Drell-Yan, x_f^2;</li>
 * <li>{@code rho0}, {@code omega}, {@code phi}: vector-meson mixing, Tr(x T_V)^2;</li>
 * <li>{@code A_B} (A, B among gamma, pi0, eta, eta', rho0, omega, phi, D0, D*0): the meson decay
 * A -&gt; B X with running-width Breit-Wigners.</li>
 * </ul>
 * Several channels with fractions are written "{eta_gamma: 1.0, eta'_gamma: 0.0}", or
 * "table &lt;file&gt;.prd" for DarkCast's tabulated mass-dependent fractions (bundled in
 * {@code data/darkcast/prd/}). Masses in GeV.
 */
public final class Production {

    /** A cross section per unit global coupling squared, up to a mechanism constant. */
    @FunctionalInterface
    private interface Mechanism {
        double sigma(VectorCouplings x, double m);
    }

    private record Channel(Mechanism mechanism, DoubleUnaryOperator fraction) {
    }

    private static final Map<String, double[]> GENERATORS = Map.of(
            "gamma", RecastFormulas.T_GAMMA,
            "rho0", RecastFormulas.T_RHO,
            "pi0", RecastFormulas.T_PI0,
            "omega", RecastFormulas.T_OMEGA,
            "phi", RecastFormulas.T_PHI,
            "eta", RecastFormulas.T_ETA,
            "eta'", RecastFormulas.T_ETA_PRIME,
            "D0", new double[] {1, 0, 0},
            "D*0", new double[] {1, 0, 0});
    private static final List<String> VECTOR_MESONS = List.of("rho0", "omega", "phi");

    private final String spelling;
    private final List<Channel> channels;

    private Production(String spelling, List<Channel> channels) {
        this.spelling = spelling;
        this.channels = List.copyOf(channels);
    }

    /** DarkCast's spelling this production was parsed from. */
    public String spelling() {
        return spelling;
    }

    /**
     * Parses DarkCast's production spelling (see the class comment).
     *
     * @throws IllegalArgumentException naming {@code production} if it is not understood (e.g. DarkCast's
     *                                  Python lambdas in some projections)
     */
    public static Production parse(String production) {
        if (production == null || production.isBlank()) {
            throw new IllegalArgumentException("production must not be empty");
        }
        String t = production.trim();
        List<Channel> channels = new ArrayList<>();
        if (t.startsWith("table ")) {
            ProductionTable table = ProductionTable.load(t.substring("table ".length()).trim());
            for (String name : table.channels()) {
                channels.add(new Channel(mechanism(name), m -> table.fraction(name, m)));
            }
        } else if (t.startsWith("{")) {
            if (!t.endsWith("}")) {
                throw new IllegalArgumentException("production: unbalanced braces in '" + production + "'");
            }
            for (String entry : t.substring(1, t.length() - 1).split(",")) {
                int colon = entry.lastIndexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("production: expected 'name: fraction' in '" + production + "'");
                }
                String name = entry.substring(0, colon).trim().replace("\"", "");
                double fraction;
                try {
                    fraction = Double.parseDouble(entry.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("production: fraction of '" + name + "' is not a number in '"
                            + production + "'", e);
                }
                channels.add(new Channel(mechanism(name), m -> fraction));
            }
        } else {
            channels.add(new Channel(mechanism(t), m -> 1));
        }
        return new Production(t, channels);
    }

    private static Mechanism mechanism(String name) {
        if ("p_brem".equals(name)) {
            return (x, m) -> {
                double a = 2 * x.u() + x.d();
                return a * a;
            };
        }
        String[] parts = name.split("_");
        if (parts.length == 2 && (parts[1].equals("brem") || parts[0].equals(parts[1]))
                && FermionCoupling.isFermion(parts[0])) {
            String f = parts[0];
            return (x, m) -> {
                double c = FermionCoupling.of(x, f);
                return c * c;
            };
        }
        if (VECTOR_MESONS.contains(name)) {
            double[] tv = GENERATORS.get(name);
            return (x, m) -> {
                double c = RecastFormulas.trace(x, tv);
                return c * c;
            };
        }
        if (parts.length == 2 && GENERATORS.containsKey(parts[0]) && GENERATORS.containsKey(parts[1])) {
            double[] ta = GENERATORS.get(parts[0]);
            double[] tb = GENERATORS.get(parts[1]);
            return (x, m) -> RecastFormulas.mesonDecayProduction(ta, tb, x, m);
        }
        throw new IllegalArgumentException("production: unknown DarkCast production mechanism '" + name + "'");
    }

    /**
     * sigma_X(m, g = 1) / sigma_A'(m, eps = 1): the target's production over the dark
     * photon's at equal global coupling, summed over channels with their fractions
     * (DarkCast eq. 2.12; channels where the dark photon is not produced are skipped).
     * Returns 0 where the target is not produced (or nothing is).
     *
     * @param massGeV boson mass [GeV], finite and &gt; 0
     */
    public double ratio(MediatorType target, double massGeV) {
        if (!(massGeV > 0) || Double.isInfinite(massGeV)) {
            throw new IllegalArgumentException("massGeV must be finite and > 0, got " + massGeV);
        }
        VectorCouplings x = VectorCouplings.of(target, massGeV);
        VectorCouplings a = VectorCouplings.of(MediatorType.DARK_PHOTON, massGeV);
        double sum = 0;
        for (Channel c : channels) {
            double den = c.mechanism().sigma(a, massGeV);
            if (den != 0) {
                sum += c.fraction().applyAsDouble(massGeV) * c.mechanism().sigma(x, massGeV) / den;
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return spelling;
    }

    /** The coupling x_f of a fermion named as in DarkCast (e, mu, tau, nue, numu, nutau, u, d, s, c, b, t). */
    private static final class FermionCoupling {
        private static final List<String> NAMES = List.of("e", "mu", "tau", "nue", "numu", "nutau", "u", "d", "s",
                "c", "b", "t");

        static boolean isFermion(String f) {
            return NAMES.contains(f);
        }

        static double of(VectorCouplings x, String f) {
            switch (f) {
                case "e":
                    return x.e();
                case "mu":
                    return x.mu();
                case "tau":
                    return x.tau();
                case "nue":
                    return x.nuE();
                case "numu":
                    return x.nuMu();
                case "nutau":
                    return x.nuTau();
                case "u":
                case "t":
                    return x.u();
                case "d":
                    return x.d();
                case "s":
                    return x.s();
                case "c":
                    return x.c();
                default:
                    return x.b();
            }
        }
    }
}
