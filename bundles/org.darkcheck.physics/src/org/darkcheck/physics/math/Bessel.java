package org.darkcheck.physics.math;

/**
 * Modified Bessel functions of the second kind K_0, K_1, K_2 and their
 * exponentially scaled forms K_nu^e(x) = e^x K_nu(x), which Commons Math does
 * not provide (FORMULAS.md 7.2). Polynomial approximations of Abramowitz and
 * Stegun 9.8.1-9.8.8 (relative accuracy about 2e-7), K_2 = K_0 + (2/x) K_1.
 * Valid for x &gt; 0; the scaled forms stay finite for any large x.
 */
public final class Bessel {

    private Bessel() {
    }

    /** I_0(x) for |x| &lt;= 3.75 (A&amp;S 9.8.1). */
    private static double i0Small(double x) {
        double t = x / 3.75;
        double t2 = t * t;
        return 1 + t2 * (3.5156229 + t2 * (3.0899424 + t2 * (1.2067492 + t2 * (0.2659732 + t2 * (0.0360768
                + t2 * 0.0045813)))));
    }

    /** I_1(x) for |x| &lt;= 3.75 (A&amp;S 9.8.3). */
    private static double i1Small(double x) {
        double t = x / 3.75;
        double t2 = t * t;
        return x * (0.5 + t2 * (0.87890594 + t2 * (0.51498869 + t2 * (0.15084934 + t2 * (0.02658733
                + t2 * (0.00301532 + t2 * 0.00032411))))));
    }

    /** e^x K_0(x), x &gt; 0. */
    public static double k0e(double x) {
        if (x <= 2) {
            double y = x * x / 4;
            double k0 = -Math.log(x / 2) * i0Small(x) + (-0.57721566 + y * (0.42278420 + y * (0.23069756
                    + y * (0.03488590 + y * (0.00262698 + y * (0.00010750 + y * 0.0000074))))));
            return k0 * Math.exp(x);
        }
        double y = 2 / x;
        return (1.25331414 + y * (-0.07832358 + y * (0.02189568 + y * (-0.01062446 + y * (0.00587872
                + y * (-0.00251540 + y * 0.00053208)))))) / Math.sqrt(x);
    }

    /** e^x K_1(x), x &gt; 0. */
    public static double k1e(double x) {
        if (x <= 2) {
            double y = x * x / 4;
            double k1 = Math.log(x / 2) * i1Small(x) + (1 / x) * (1 + y * (0.15443144 + y * (-0.67278579
                    + y * (-0.18156897 + y * (-0.01919402 + y * (-0.00110404 + y * (-0.00004686)))))));
            return k1 * Math.exp(x);
        }
        double y = 2 / x;
        return (1.25331414 + y * (0.23498619 + y * (-0.03655620 + y * (0.01504268 + y * (-0.00780353
                + y * (0.00325614 + y * (-0.00068245))))))) / Math.sqrt(x);
    }

    /** e^x K_2(x) = e^x [K_0(x) + (2/x) K_1(x)], x &gt; 0. */
    public static double k2e(double x) {
        return k0e(x) + 2 / x * k1e(x);
    }

    /** K_1(x). */
    public static double k1(double x) {
        return k1e(x) * Math.exp(-x);
    }

    /** K_2(x). */
    public static double k2(double x) {
        return k2e(x) * Math.exp(-x);
    }
}
