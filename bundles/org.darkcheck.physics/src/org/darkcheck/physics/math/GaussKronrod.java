package org.darkcheck.physics.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss-Kronrod (7-point Gauss, 15-point Kronrod) quadrature with
 * interval bisection until the Kronrod-Gauss difference of every interval is
 * below its share of the tolerance. Commons Math 3 has Gauss-Legendre and
 * Romberg/Simpson integrators but no embedded error estimate of this kind; the
 * thermal averages (FORMULAS.md 7.2) need one to resolve narrow resonances
 * cheaply. Nodes and weights: QUADPACK qk15.
 */
public final class GaussKronrod {

    private static final double[] XGK = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
        0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    private static final double[] WGK = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
        0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    /** Maximum bisection depth; a deeper need is reported as not converged. */
    private static final int MAX_DEPTH = 30;

    private GaussKronrod() {
    }

    /** The result of an adaptive integration. */
    public record Result(double value, double errorEstimate, int evaluations, boolean converged) {
    }

    /**
     * One 15-point rule on [a, b]: {kronrod, error estimate}. The error estimate is
     * QUADPACK's qk15 scaling of |kronrod - gauss| (resasc min(1, (200 |K - G|/resasc)^1.5)),
     * realistic for smooth integrands where the raw difference is far too pessimistic.
     */
    public static double[] rule(DoubleUnaryOperator f, double a, double b) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double fc = f.applyAsDouble(c);
        double kronrod = fc * WGK[7];
        double gauss = fc * WG[3];
        double[] fv1 = new double[7];
        double[] fv2 = new double[7];
        for (int j = 0; j < 7; j++) {
            double dx = h * XGK[j];
            double f1 = f.applyAsDouble(c - dx);
            double f2 = f.applyAsDouble(c + dx);
            fv1[j] = f1;
            fv2[j] = f2;
            kronrod += WGK[j] * (f1 + f2);
            if (j % 2 == 1) {
                gauss += WG[j / 2] * (f1 + f2);
            }
        }
        double mean = kronrod * 0.5;
        double resasc = WGK[7] * Math.abs(fc - mean);
        for (int j = 0; j < 7; j++) {
            resasc += WGK[j] * (Math.abs(fv1[j] - mean) + Math.abs(fv2[j] - mean));
        }
        resasc *= Math.abs(h);
        double err = Math.abs((kronrod - gauss) * h);
        if (resasc != 0 && err != 0) {
            err = resasc * Math.min(1, Math.pow(200 * err / resasc, 1.5));
        }
        return new double[] {kronrod * h, err};
    }

    /**
     * Integrates f over [a, b] to the absolute tolerance {@code absTol} or the
     * relative tolerance {@code relTol} of the first whole-interval estimate,
     * whichever is larger.
     */
    public static Result integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        if (a == b) {
            return new Result(0, 0, 0, true);
        }
        double[] whole = rule(f, a, b);
        double tol = Math.max(absTol, relTol * Math.abs(whole[0]));
        int[] evaluations = {15};
        boolean[] converged = {true};
        double[] err = {0};
        double value = refine(f, a, b, whole, tol, 0, evaluations, converged, err);
        return new Result(value, err[0], evaluations[0], converged[0]);
    }

    /**
     * Refines a first 15-point estimate {@code rule(f, a, b)} on [a, b] to the
     * absolute tolerance {@code absTol}; for integrals split into pieces whose
     * tolerance is set from the sum of the first estimates.
     */
    public static Result refine(DoubleUnaryOperator f, double a, double b, double[] firstEstimate, double absTol) {
        int[] evaluations = {0};
        boolean[] converged = {true};
        double[] err = {0};
        double value = refine(f, a, b, firstEstimate, absTol, 0, evaluations, converged, err);
        return new Result(value, err[0], evaluations[0], converged[0]);
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double[] estimate, double tol, int depth,
            int[] evaluations, boolean[] converged, double[] err) {
        if (estimate[1] <= tol || depth >= MAX_DEPTH) {
            if (estimate[1] > tol) {
                converged[0] = false;
            }
            err[0] += estimate[1];
            return estimate[0];
        }
        double c = 0.5 * (a + b);
        double[] left = rule(f, a, c);
        double[] right = rule(f, c, b);
        evaluations[0] += 30;
        return refine(f, a, c, left, tol / Math.sqrt(2), depth + 1, evaluations, converged, err)
                + refine(f, c, b, right, tol / Math.sqrt(2), depth + 1, evaluations, converged, err);
    }
}
