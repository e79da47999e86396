package org.darkcheck.physics.recast;

import java.util.function.DoubleUnaryOperator;

/** The root finder of the recast: a sign change bracketed, refined by false position (Illinois). */
final class Roots {

    private Roots() {
    }

    /**
     * The x between a and b (in whatever order) where f changes sign, to {@code tolerance} in x: false position
     * with the Illinois modification (about a dozen evaluations where bisection needs forty or more), halving
     * the step wherever f is not finite. The caller guarantees f(a) &lt; 0 &lt;= f(b) or the reverse; the
     * result is then the crossing from "below 0" to "0 or above".
     */
    static double crossing(DoubleUnaryOperator f, double a, double b, double tolerance) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa >= 0 && fb < 0) {
            double t = a;
            a = b;
            b = t;
            t = fa;
            fa = fb;
            fb = t;
        }
        int kept = 0;
        for (int i = 0; i < 200 && Math.abs(b - a) > tolerance; i++) {
            double x = Double.isFinite(fa) && Double.isFinite(fb) && fb != fa ? (a * fb - b * fa) / (fb - fa) : Double.NaN;
            if (!(x > Math.min(a, b) && x < Math.max(a, b))) {
                x = 0.5 * (a + b);
            }
            double fx = f.applyAsDouble(x);
            if (fx < 0) {
                a = x;
                fa = fx;
                if (kept == -1) {
                    fb /= 2;
                }
                kept = -1;
            } else {
                b = x;
                fb = fx;
                if (kept == 1) {
                    fa /= 2;
                }
                kept = 1;
            }
            if (Math.abs(fx) < 1e-14) {
                return x;
            }
        }
        return 0.5 * (a + b);
    }
}
