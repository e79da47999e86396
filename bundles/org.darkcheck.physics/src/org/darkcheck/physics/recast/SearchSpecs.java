package org.darkcheck.physics.recast;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

import org.darkcheck.physics.constants.Constants;

/**
 * The {@link SearchSpec} of every published limit in DarkCast v1.2
 * ({@code limits/<stem>.lmt}), as DarkCast's {@code limits/<stem>.py} defines
 * its production, decay and efficiency (arXiv:1801.04847; GitHub mirror
 * micha-a-schmidt/darkcast, commit d627d13). The Higgs-decay limits of ATLAS and
 * CMS (BR(h -&gt; A'A') assumed) have no spec: DarkCast does not recast them.
 * Proper times in seconds, masses in GeV.
 */
public final class SearchSpecs {

    /** Decay length of KLOE's prompt requirement [m] and the phi mass [GeV] (e+ e- at the phi peak). */
    private static final double KLOE_LENGTH_M = 0.08;
    /** NA48/2's prompt requirement: t1 = m/(50 GeV c) [s] (DarkCast). */
    private static final double NA48_MOMENTUM_GEV = 50;
    private static final double C = Constants.SPEED_OF_LIGHT_M_PER_S;

    private static final Map<String, SearchSpec> SPECS = new TreeMap<>();

    static {
        DoubleUnaryOperator kloe = m -> KLOE_LENGTH_M
                / ((Constants.PHI_MASS * Constants.PHI_MASS + m * m) / (2 * Constants.PHI_MASS * m) * C);
        DoubleUnaryOperator kloePhiEta = m -> KLOE_LENGTH_M / ((Constants.PHI_MASS * Constants.PHI_MASS + m * m
                - Constants.ETA_MASS * Constants.ETA_MASS) / (2 * Constants.PHI_MASS * m) * C);
        DoubleUnaryOperator lhcb = m -> (0.004 / (m - 2 * Constants.MUON_MASS) + 0.1) * 1e-12;
        DoubleUnaryOperator na48 = m -> 1.0 / (NA48_MOMENTUM_GEV / m * C);
        DoubleUnaryOperator cms = m -> m < 45 ? Double.POSITIVE_INFINITY : m < 130 ? 5e-12 : -3.66e-11 + 3.12e-13 * m;
        String lhcbTable = "table limits/LHCb_Aaij2017rft.prd";
        String etaCharm = "{eta_gamma: 1.0, eta'_gamma: 0.0}";

        prompt("A1_Merkel2011ze", "e_brem", "e_e");
        prompt("A1_Merkel2014avp", "e_brem", "e_e");
        prompt("AMMe_Bodas2021fsy_cs", "e_e", "none");
        prompt("AMMe_Bodas2021fsy_rb", "e_e", "none");
        prompt("AMMmu_Bodas2021fsy", "mu_mu", "none");
        prompt("AMMmu_Bodas2021fsy_2l", "mu_mu", "none");
        prompt("AMMmu_Bodas2021fsy_2u", "mu_mu", "none");
        prompt("APEX_Abrahamyan2011gv", "e_brem", "e_e");
        prompt("BESIII_Ablikim2017aab", "e_e", "e_e", "mu_mu");
        prompt("BaBar_Lees2014xha", "e_e", "e_e", "mu_mu");
        prompt("BaBar_Lees2017lec", "e_e", "invisible");
        prompt("BaBar_TheBABAR2016rlg", "e_e", "mu_mu");
        prompt("BelleII_Adachi2019otg", "mu_brem", "invisible");
        displaced("CHARM_Bergsma1985qz", etaCharm, 10.0 / 480.0);
        displaced("CHARM_Tsai2019mtm", etaCharm, 10.0 / 480.0);
        window("CMS_CMS2019kiy", "table limits/CMS_CMS2019kiy.prd", new DecayWindow.Prompt(cms), "mu_mu");
        displaced("E137_Andreas2012mt", "e_brem", 204.0 / 179.0);
        displaced("E137_Bjorken2009mm", "e_brem", 204.0 / 179.0);
        displaced("E141_Riordan1987aw", "e_brem", 35.0 / 0.12);
        displaced("E774_Bross1989mp", "e_brem", 2.0 / 0.3);
        prompt("HPS_Adrian2018scb", "e_brem", "e_e");
        displaced("KEK_Konaka1986cb", "e_brem", 2.2 / 2.4);
        window("KLOE_Anastasi2015qla", "e_e", new DecayWindow.Prompt(kloe), "e_e");
        window("KLOE_Anastasi2016ktq", "e_e", new DecayWindow.Prompt(kloe), "pi+_pi-");
        window("KLOE_Anastasi2018azp_combined", "e_e", new DecayWindow.Prompt(kloe), "mu_mu", "pi+_pi-");
        window("KLOE_Anastasi2018azp_mumu", "e_e", new DecayWindow.Prompt(kloe), "mu_mu");
        SPECS.put("KLOE_Babusci2012cr", new SearchSpec("phi_eta", List.of("e_e"), new DecayWindow.Prompt(kloePhiEta),
                List.of("e_e", "mu_mu")));
        window("KLOE_Babusci2014sta", "e_e", new DecayWindow.Prompt(kloe), "mu_mu");
        prompt("LEP_Fox2011fx", "e_e", "invisible");
        window("LHCb_Aaij2017rft_displaced", lhcbTable, new DecayWindow.RValueGrid(), "mu_mu");
        window("LHCb_Aaij2017rft_prompt", lhcbTable, new DecayWindow.Prompt(lhcb), "mu_mu");
        window("LHCb_Aaij2019bvg_displaced", lhcbTable, new DecayWindow.RValueGrid(), "mu_mu");
        window("LHCb_Aaij2019bvg_prompt", lhcbTable, new DecayWindow.Prompt(lhcb), "mu_mu");
        window("NA48_Batley2015lha", "pi0_gamma", new DecayWindow.Prompt(na48), "e_e");
        prompt("NA62_CortinaGil2019nuo", "pi0_gamma", "invisible");
        prompt("NA64_Banerjee2016tad", "e_brem", "invisible");
        prompt("NA64_Banerjee2017hhz", "e_brem", "invisible");
        displaced("NA64_Banerjee2018vgk", "e_brem", 4.0 / 1.0);
        displaced("NA64_Banerjee2019hmi", "e_brem", 4.0 / 1.0);
        prompt("NA64_NA642019imj", "e_brem", "invisible");
        displaced("NOMAD_Astier2001ck", "pi0_gamma", 7.5 / 835.0);
        displaced("NuCAL_Blumlein1990ay", "pi0_gamma", 23.0 / 64.0);
        displaced("NuCAL_Blumlein1991xh", "p_brem", 23.0 / 64.0);
        displaced("NuCAL_Tsai2019mtm", "pi0_gamma", 23.0 / 64.0);
        displaced("Orsay_Davier1989wz", "e_brem", 2.0 / 1.0);
        displaced("PS191_Bernardi1985ny", "pi0_gamma", 7.0 / 128.0);
    }

    private SearchSpecs() {
    }

    private static void prompt(String stem, String production, String... states) {
        window(stem, production, DecayWindow.Prompt.UNLIMITED, states);
    }

    private static void displaced(String stem, String production, double lengthRatio) {
        window(stem, production, new DecayWindow.Displaced(lengthRatio), "e_e");
    }

    private static void window(String stem, String production, DecayWindow window, String... states) {
        SPECS.put(stem, new SearchSpec(production, List.of(states), window, List.of()));
    }

    /**
     * The spec of DarkCast's limit {@code limits/<stem>.lmt}, e.g. "NA64_NA642019imj", or empty if
     * DarkCast does not recast it (Higgs-decay limits) or the stem is unknown.
     */
    public static Optional<SearchSpec> forDarkCastFile(String stem) {
        if (stem == null) {
            throw new IllegalArgumentException("stem must not be null");
        }
        return Optional.ofNullable(SPECS.get(stem));
    }

    /** Every stem with a spec, sorted. */
    public static List<String> stems() {
        return List.copyOf(SPECS.keySet());
    }
}
