package org.darkcheck.physics.recast;

import java.util.ArrayList;
import java.util.List;

/**
 * What a published dark-photon search measured, in DarkCast's vocabulary
 * (arXiv:1801.04847; the {@code production}, {@code decay} and
 * {@code efficiency} of each DarkCast limit file), so that it can be recast
 * to another vector mediator.
 *
 * @param production      DarkCast's production spelling ({@link Production#parse}): "e_brem", "e_e",
 *                        "mu_brem", "p_brem", "pi0_gamma", "phi_eta", "{eta_gamma: 1.0, eta'_gamma: 0.0}",
 *                        "table limits/LHCb_Aaij2017rft.prd", ...
 * @param finalStates     the searched decay channels, DarkCast state names ("e_e", "mu_mu", "pi+_pi-",
 *                        "invisible", or "none" for limits that do not depend on the decay, e.g. g - 2)
 * @param window          the proper-time acceptance window
 * @param referenceStates the final states that make up the published dark photon's total width, or
 *                        empty for all of them (DarkCast's {@code states}; only KLOE_Babusci2012cr
 *                        restricts them, to e_e and mu_mu)
 */
public record SearchSpec(String production, List<String> finalStates, DecayWindow window,
        List<String> referenceStates) {

    /** DarkCast's invisible limits assume Gamma_inv = 99 Gamma_vis for the published dark photon. */
    public static final double REFERENCE_INVISIBLE_TO_VISIBLE = 99;

    public SearchSpec {
        if (production == null || production.isBlank()) {
            throw new IllegalArgumentException("production must not be empty");
        }
        if (finalStates == null || finalStates.isEmpty()) {
            throw new IllegalArgumentException("finalStates must not be empty");
        }
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
        finalStates = List.copyOf(finalStates);
        referenceStates = referenceStates == null ? List.of() : List.copyOf(referenceStates);
        for (String s : finalStates) {
            if (!ChannelWidths.isKnownState(s)) {
                throw new IllegalArgumentException("finalStates: unknown DarkCast state '" + s + "'");
            }
        }
        for (String s : referenceStates) {
            if (!ChannelWidths.isKnownState(s) || "none".equals(s)) {
                throw new IllegalArgumentException("referenceStates: unknown DarkCast state '" + s + "'");
            }
        }
    }

    /** A prompt search without lifetime requirement and the full dark-photon width. */
    public static SearchSpec prompt(String production, String... finalStates) {
        return new SearchSpec(production, List.of(finalStates), DecayWindow.Prompt.UNLIMITED, List.of());
    }

    /** A displaced search with decay-volume to shielding length ratio {@code lengthRatio}. */
    public static SearchSpec displaced(String production, double lengthRatio, String... finalStates) {
        return new SearchSpec(production, List.of(finalStates), new DecayWindow.Displaced(lengthRatio), List.of());
    }

    /**
     * The spec from the constraint properties the rule data files carry:
     * {@code production}, {@code final-state} (one state or a list "[e_e, mu_mu]") and
     * {@code length-ratio} (null or blank for a prompt search).
     */
    public static SearchSpec fromProperties(String production, String finalState, String lengthRatio) {
        List<String> states = parseStates(finalState);
        if (lengthRatio == null || lengthRatio.isBlank()) {
            return new SearchSpec(production, states, DecayWindow.Prompt.UNLIMITED, List.of());
        }
        double l;
        try {
            l = Double.parseDouble(lengthRatio.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("lengthRatio: not a number: '" + lengthRatio + "'", e);
        }
        return new SearchSpec(production, states, new DecayWindow.Displaced(l), List.of());
    }

    /** "e_e" or "[e_e, mu_mu]" to a list of state names. */
    static List<String> parseStates(String finalState) {
        if (finalState == null || finalState.isBlank()) {
            throw new IllegalArgumentException("finalState must not be empty");
        }
        String t = finalState.trim();
        if (t.startsWith("[")) {
            if (!t.endsWith("]")) {
                throw new IllegalArgumentException("finalState: unbalanced list '" + finalState + "'");
            }
            t = t.substring(1, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : t.split(",")) {
            String s = part.trim().replace("\"", "").replace("'", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the search looks for missing energy (the state "invisible"). */
    public boolean isInvisible() {
        return finalStates.contains("invisible");
    }

    /** Whether the limit does not depend on the decay at all (DarkCast's "none", e.g. g - 2). */
    public boolean isDecayIndependent() {
        return finalStates.contains("none");
    }
}
