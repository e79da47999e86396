package org.darkcheck.physics.recast;

import java.util.function.DoubleUnaryOperator;

/**
 * Where in proper time a search sees the boson decay (DarkCast's
 * {@code Efficiency}; arXiv:1801.04847 eqs. 2.21-2.24). The acceptance is
 * E(tau) = exp(-t0/tau) - exp(-t1/tau) for the proper-time window [t0, t1] in seconds.
 */
public sealed interface DecayWindow {

    /**
     * A prompt search: t0 = 0 and t1 = {@code maxProperTimeSeconds(m)} (m in GeV,
     * result in seconds; positive infinity for no lifetime requirement, then E = 1).
     */
    record Prompt(DoubleUnaryOperator maxProperTimeSeconds) implements DecayWindow {

        /** No lifetime requirement at all: E = 1. */
        public static final Prompt UNLIMITED = new Prompt(m -> Double.POSITIVE_INFINITY);

        public Prompt {
            if (maxProperTimeSeconds == null) {
                throw new IllegalArgumentException("maxProperTimeSeconds must not be null");
            }
        }

        /** t1 [s] at mass m [GeV]. */
        public double t1(double massGeV) {
            return maxProperTimeSeconds.applyAsDouble(massGeV);
        }
    }

    /**
     * A beam dump or displaced-vertex search with decay-volume length over shielding
     * length {@code lengthRatio}: t1 = t0 (1 + lengthRatio), and t0 is fixed at each
     * mass by the published lower and upper edges (equal signal at both).
     */
    record Displaced(double lengthRatio) implements DecayWindow {

        public Displaced {
            if (!(lengthRatio > 0) || Double.isInfinite(lengthRatio)) {
                throw new IllegalArgumentException("lengthRatio must be finite and > 0, got " + lengthRatio);
            }
        }
    }

    /**
     * A displaced search published as a grid of r = observed/expected over mass and
     * coupling (LHCb); the acceptance is the same at equal lifetime (DarkCast eq. C.4).
     */
    record RValueGrid() implements DecayWindow {
    }
}
