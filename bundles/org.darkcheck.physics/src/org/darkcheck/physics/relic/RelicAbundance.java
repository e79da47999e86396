package org.darkcheck.physics.relic;

import java.util.ArrayList;
import java.util.List;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.annihilation.Annihilation;
import org.darkcheck.physics.annihilation.ThermalAverage;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.units.Quantities;

/**
 * The relic abundance Omega h^2 of thermal freeze-out and its inverse, the
 * thermal target: the mediator coupling that gives Omega h^2 = 0.120
 * (FORMULAS.md 7). Assumptions: chi in kinetic equilibrium with the photon bath,
 * no particle-antiparticle asymmetry, standard radiation-dominated cosmology with
 * the Standard Model's entropy (the mediator decays before BBN).
 * <p>
 * Validity: m_chi from 0.5 MeV to 10 GeV (the g_* table, the mediator widths
 * and the hadronic data held constant above 2 GeV), freeze-out at x &gt; 3,
 * pseudo-Dirac splitting below 2 m_e (else chi2 decays, not modelled).
 * Outside, the values come back flagged.
 * <p>
 * Cost: about 0.1-1 ms per abundance (the thermal averages dominate); the
 * thermal target reuses one cross-section grid for every coupling tried and
 * refines it once at the answer.
 */
public final class RelicAbundance {

    /** The target Omega h^2 (Planck 2018). */
    public static final double TARGET = Constants.OMEGA_DM_H2;
    /** Lightest dark matter for which the relic abundance is computed without a flag [GeV]. */
    public static final double MIN_MASS = 0.5e-3;
    /** The thermal-target search stops at |ln(Omega h^2/0.120)| below this. */
    static final double CONVERGED = 1e-4;
    /** Heaviest [GeV]. */
    public static final double MAX_MASS = 10;

    private RelicAbundance() {
    }

    /** Omega h^2 and the numbers of the solution. */
    public record Result(Value omegaH2, double yToday, double xSwitch) implements java.io.Serializable {
    }

    /** The thermal target: the coupling (eps, sin theta or g) and y = coupling^2 alpha_D (m_chi/m_med)^4. */
    public record ThermalTarget(Value coupling, Value y, int boltzmannSolves) implements java.io.Serializable {
    }

    /** Omega h^2 of the model, solved with the stiff-aware hybrid. */
    public static Result of(ModelSnapshot model) {
        if (!model.hasDarkMatter()) {
            return new Result(Value.notApplicable("no dark-matter particle"), Double.NaN, Double.NaN);
        }
        if (!(model.alphaD() > 0)) {
            return new Result(Value.outOfValidity(Double.POSITIVE_INFINITY, "alpha_D = 0: dark matter does not annihilate"),
                    Double.NaN, Double.NaN);
        }
        Annihilation annihilation = Annihilation.of(model);
        Value secluded = annihilation.secludedSigmaV();
        List<String> problems = validity(model, secluded);
        EffectiveCrossSection sigma = crossSection(annihilation, secluded);
        BoltzmannSolver.Solution s;
        try {
            s = new BoltzmannSolver(sigma).solve();
        } catch (IllegalStateException | org.apache.commons.math3.exception.MathRuntimeException e) {
            problems.add("the Boltzmann equation could not be solved (" + e.getMessage() + ")");
            return new Result(Value.outOfValidity(Double.NaN, join(problems)), Double.NaN, Double.NaN);
        }
        if (s.xSwitch() < 3) {
            problems.add("freeze-out before x = 3 (relativistic): the non-relativistic Y_eq start is approximate");
        }
        return new Result(Value.checked(s.omegaH2(), join(problems)), s.yToday(), s.xSwitch());
    }

    /** Omega h^2 with the backward-Euler reference method of FORMULAS.md 7.5 (slow: 20000 steps). */
    public static double referenceOmegaH2(ModelSnapshot model) {
        Annihilation annihilation = Annihilation.of(model);
        Value secluded = annihilation.secludedSigmaV();
        return new BoltzmannSolver(crossSection(annihilation, secluded)).solveBackwardEuler().omegaH2();
    }

    static EffectiveCrossSection crossSection(Annihilation annihilation, Value secluded) {
        double sec = secluded.isValid() && secluded.number() > 0
                ? secluded.number() * ThermalAverage.constantFactor(annihilation.kind()) : 0;
        return new EffectiveCrossSection(new ThermalAverage(annihilation), sec);
    }

    private static List<String> validity(ModelSnapshot model, Value secluded) {
        List<String> p = new ArrayList<>();
        double m = model.darkMatterMass();
        if (m < MIN_MASS || m > MAX_MASS) {
            p.add("m_chi = " + Quantities.formatMass(m) + " is outside 0.5 MeV - 10 GeV, where the relic abundance is validated");
        }
        if (!secluded.isValid()) {
            p.add(secluded.note() + "; the secluded channel is left out");
        }
        if (model.darkMatter() == DarkMatterType.PSEUDO_DIRAC && model.splitting() > 2 * Constants.ELECTRON_MASS) {
            p.add("pseudo-Dirac splitting above 2 m_e: chi2 -> chi1 e+ e- decays are not modelled");
        }
        if (model.mediator().isVector() && m < Constants.ELECTRON_MASS && model.mediator() != org.darkcheck.physics.MediatorType.LMU_LTAU) {
            p.add("m_chi < m_e: annihilation into e+ e- is closed at rest");
        }
        return p;
    }

    private static String join(List<String> problems) {
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /**
     * The coupling giving Omega h^2 = 0.120 for the model's kind, masses and alpha_D
     * (the model's own coupling is only the starting guess). Secant iteration on
     * ln(coupling) with f = ln(Omega h^2/0.120), to |f| &lt; 1e-4 (FORMULAS.md 7.5
     * step 5), on one cross-section grid rescaled by (coupling/reference)^2, then
     * refined once on a grid computed at the answer.
     */
    public static ThermalTarget thermalTarget(ModelSnapshot model) {
        if (!model.hasDarkMatter()) {
            return new ThermalTarget(Value.notApplicable("no dark-matter particle"),
                    Value.notApplicable("no dark-matter particle"), 0);
        }
        if (!(model.alphaD() > 0)) {
            String why = "alpha_D = 0: dark matter does not annihilate, no coupling gives Omega h^2 = 0.120";
            return new ThermalTarget(Value.outOfValidity(Double.NaN, why), Value.outOfValidity(Double.NaN, why), 0);
        }
        Annihilation annihilation = Annihilation.of(model);
        Value secluded = annihilation.secludedSigmaV();
        List<String> problems = validity(model, secluded);
        int[] solves = {0};
        double reference = model.coupling() > 0 && model.coupling() < 1 ? model.coupling() : 1e-4;
        EffectiveCrossSection grid = crossSection(annihilation.withCoupling(reference), secluded);
        if (grid.secluded() > 0) {
            // the coupling only adds to the secluded annihilation: is 0.120 reachable at all?
            double secludedOnly = new BoltzmannSolver(grid.withScale(0)).solve().omegaH2();
            solves[0]++;
            if (secludedOnly < TARGET) {
                String why = "secluded regime: chi chi -> mediator pairs alone give Omega h^2 = "
                        + Quantities.formatNumber(secludedOnly) + " < 0.120, whatever the coupling";
                return new ThermalTarget(Value.outOfValidity(Double.NaN, why), Value.outOfValidity(Double.NaN, why),
                        solves[0]);
            }
        }
        double c;
        try {
            c = solveOnGrid(grid, reference, reference, solves);
            // refine: the width in the propagator depends a little on the coupling
            EffectiveCrossSection refined = crossSection(annihilation.withCoupling(c), secluded);
            c = solveOnGrid(refined, c, c, solves);
        } catch (IllegalStateException | org.apache.commons.math3.exception.MathRuntimeException e) {
            problems.add("no thermal coupling found (" + e.getMessage() + ")");
            String why = join(problems);
            return new ThermalTarget(Value.outOfValidity(Double.NaN, why), Value.outOfValidity(Double.NaN, why), solves[0]);
        }
        double ratio = model.darkMatterMass() / model.mediatorMass();
        double y = c * c * model.alphaD() * ratio * ratio * ratio * ratio;
        if (c >= 1) {
            problems.add("the thermal coupling " + Quantities.formatNumber(c) + " is not perturbative (>= 1)");
        }
        String why = join(problems);
        return new ThermalTarget(Value.checked(c, why), Value.checked(y, why), solves[0]);
    }

    /**
     * Secant on ln c of f = ln(Omega h^2(c)/0.120) with the grid computed at
     * {@code reference}; Omega is close to proportional to c^-2, so a secant slope
     * outside [-4, -0.5] (noise of the ODE solution) is replaced by -2.
     */
    private static double solveOnGrid(EffectiveCrossSection grid, double reference, double start, int[] solves) {
        double l0 = Math.log(start);
        double f0 = lnRatio(grid, reference, Math.exp(l0), solves);
        if (Math.abs(f0) < CONVERGED) {
            return start;
        }
        double l1 = l0 + clamp(f0 / 2);
        double f1 = lnRatio(grid, reference, Math.exp(l1), solves);
        for (int i = 0; i < 30 && Math.abs(f1) >= CONVERGED; i++) {
            if (f1 > 0 && l1 > LN_MAX_COUPLING) {
                throw new IllegalStateException("even a coupling of " + Quantities.formatNumber(Math.exp(l1))
                        + " leaves Omega h^2 above 0.120: no perturbative thermal target");
            }
            double slope = (f1 - f0) / (l1 - l0);
            if (!(slope >= -4 && slope <= -0.5)) {
                slope = -2;
            }
            double next = l1 + clamp(-f1 / slope);
            l0 = l1;
            f0 = f1;
            l1 = next;
            f1 = lnRatio(grid, reference, Math.exp(l1), solves);
        }
        if (Math.abs(f1) >= 1e-3) {
            throw new IllegalStateException("the thermal-target search did not converge (ln(Omega/0.12) = " + f1 + ")");
        }
        return Math.exp(l1);
    }

    /** The search gives up above this coupling (far beyond perturbativity). */
    private static final double LN_MAX_COUPLING = Math.log(100);

    private static double clamp(double step) {
        return Math.max(-3, Math.min(3, step));
    }

    private static double lnRatio(EffectiveCrossSection grid, double reference, double c, int[] solves) {
        solves[0]++;
        double scale = (c / reference) * (c / reference);
        double omega = new BoltzmannSolver(grid.withScale(scale)).solve().omegaH2();
        return Math.log(omega / TARGET);
    }
}
