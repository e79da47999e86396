package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.Evaluator;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Options;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.consistency.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Evaluator and DerivedQuantities: every mediator and kind, the CLI names, laziness, validity. */
class EvaluatorTest {

    private static final List<String> CLI_NAMES = List.of("widthTotalGeV", "brElectrons", "brMuons", "brHadrons",
            "brInvisible", "lifetimeSeconds", "ctauMeters", "Y", "sigmaVCm3PerS", "omegaH2", "sigmaElectronCm2",
            "sigmaProtonCm2", "pAnnCm3PerSPerGeV", "deltaAElectron", "deltaAMuon");

    private static final List<String> SECTION_16 = List.of("widthTotalGeV", "widthVisibleGeV", "widthInvisibleGeV",
            "brElectrons", "brMuons", "brTaus", "brHadrons", "brNeutrinos", "brInvisible", "brPhotons", "rRatio",
            "lifetimeSeconds", "ctauMeters", "decayLengthLabMeters", "Y", "yThermal", "epsilonThermal", "sigmaVCm3PerS",
            "sigmaVaCm3PerS", "sigmaVbCm3PerS", "sigmaVThermalCm3PerS", "xFreezeOut", "omegaH2", "sigmaElectronCm2",
            "sigmaProtonCm2", "pAnnCm3PerSPerGeV", "deltaAElectron", "deltaAMuon", "epsilonLoop", "brBToKS", "brKToPiS",
            "width3PhotonGeV", "sommerfeldFactor", "sigmaTransferPerMassCm2PerG", "couplingLimit", "yLimit");

    @ParameterizedTest
    @EnumSource(MediatorType.class)
    void everyKindThroughEveryMediatorGivesNamedFiniteNumbersOrNull(MediatorType mediator) {
        for (DarkMatterType kind : DarkMatterType.values()) {
            ModelSnapshot p = new ModelSnapshot(mediator, 0.09, 1e-4, kind, 0.03,
                    kind == DarkMatterType.PSEUDO_DIRAC ? 1e-5 : 0, 0.5);
            DerivedQuantities d = Evaluator.derive(p, Options.defaults().labEnergy(10));
            Map<String, Double> named = d.named();
            assertTrue(named.keySet().containsAll(CLI_NAMES), "CLI.md names");
            assertTrue(named.keySet().containsAll(SECTION_16), "FORMULAS.md 16 names");
            for (Map.Entry<String, Double> e : named.entrySet()) {
                assertTrue(e.getValue() == null || Double.isFinite(e.getValue()), mediator + "/" + kind + " " + e);
            }
            for (String name : new String[] {"widthTotalGeV", "brElectrons", "lifetimeSeconds", "ctauMeters",
                "deltaAMuon", "decayLengthLabMeters"}) {
                assertNotNull(named.get(name), mediator + "/" + kind + " " + name);
            }
            if (kind == DarkMatterType.NONE) {
                assertNull(named.get("Y"));
                assertNull(named.get("omegaH2"));
                assertNull(named.get("sigmaElectronCm2"));
            } else {
                assertNotNull(named.get("Y"));
                assertNotNull(named.get("omegaH2"), mediator + "/" + kind);
                assertNotNull(named.get("sigmaVCm3PerS"));
                assertNotNull(named.get("pAnnCm3PerSPerGeV"));
            }
            // a value out of validity is never silent: it has a note in validityNotes
            for (DerivedQuantities.Quantity q : DerivedQuantities.CATALOGUE) {
                Value v = d.value(q.name());
                if (v.status() == Value.Status.OUT_OF_VALIDITY) {
                    assertTrue(d.validityNotes().stream().anyMatch(n -> n.startsWith(q.name() + ":")),
                            q.name() + " out of validity without a note");
                }
            }
            assertNull(named.get("couplingLimit"));
        }
    }

    @Test
    void relicIsLazyUnlessAskedFor() {
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-4, DarkMatterType.DIRAC, 0.1, 0, 0.5);
        DerivedQuantities lazy = Evaluator.derive(p);
        assertFalse(lazy.relicComputed());
        double omega = lazy.omegaH2().number();
        assertTrue(lazy.relicComputed());
        DerivedQuantities eager = Evaluator.derive(p, Options.withRelic());
        assertTrue(eager.relicComputed());
        assertEquals(omega, eager.omegaH2().number(), 0);
        // FORMULAS.md 7.7: eps_th(Dirac, 100 MeV, alpha_D = 0.5) = 9.823e-5
        assertRelative(9.823e-5, eager.thermalTarget().coupling().number(), 0.02);
        assertRelative(5.956e-11, eager.named().get("yThermal"), 0.02);
    }

    @Test
    void darkPhotonBenchmarkPoint() {
        // the CLI benchmark: m_A' = 60 MeV, eps = 1e-3, Dirac 20 MeV, alpha_D = 0.5 (FORMULAS.md 2.4)
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.06, 1e-3, DarkMatterType.DIRAC, 0.02, 0, 0.5);
        DerivedQuantities d = Evaluator.derive(p);
        assertRelative(6.173e-9, d.y(), 1e-3);
        assertRelative(1 - 1.60e-8, d.decays().brInvisible(), 1e-9);
        assertRelative(9.110e-3, d.decays().invisible(), 1e-3);
        assertTrue(d.value("rRatio").isValid());
        assertEquals(0.0, d.value("rRatio").number()); // no hadrons at 60 MeV
    }

    @Test
    void mediatorSpecificQuantities() {
        DerivedQuantities scalar = Evaluator.derive(new ModelSnapshot(MediatorType.DARK_SCALAR, 1.0, 1e-3,
                DarkMatterType.NONE, 0, 0, 0));
        assertRelative(0.5066e-6, scalar.value("brBToKS").number(), 1e-3);
        assertFalse(scalar.value("epsilonLoop").isApplicable());
        assertTrue(scalar.validityNotes().stream().anyMatch(n -> n.contains("uncertain")), scalar.validityNotes().toString());
        DerivedQuantities lmt = Evaluator.derive(new ModelSnapshot(MediatorType.LMU_LTAU, 0.01, 1e-3, DarkMatterType.NONE, 0, 0, 0));
        // eps(q^2 -> 0) = -0.014433 g
        assertRelative(-0.014433e-3, lmt.value("epsilonLoop").number(), 2e-3);
        assertFalse(lmt.value("brBToKS").isApplicable());
        DerivedQuantities light = Evaluator.derive(ModelSnapshot.darkPhoton(0.5e-3, 1e-6));
        assertTrue(light.value("width3PhotonGeV").number() > 0);
        assertEquals(1.0, light.decays().brPhotons(), 1e-12);
    }

    @Test
    void decayLengthNeedsALabEnergy() {
        ModelSnapshot p = ModelSnapshot.darkPhoton(0.02, 1e-6);
        assertFalse(Evaluator.derive(p).decayLengthLabMeters().isApplicable());
        assertRelative(2028, Evaluator.derive(p, Options.defaults().labEnergy(10)).decayLengthLabMeters().number(), 1e-3);
        assertFalse(Evaluator.derive(p, Options.defaults().labEnergy(0.01)).decayLengthLabMeters().isValid());
    }

    @Test
    void derivedQuantitiesAreSerialisable() throws Exception {
        ModelSnapshot p = new ModelSnapshot(MediatorType.B_L, 0.3, 1e-4, DarkMatterType.COMPLEX_SCALAR, 0.1, 0, 0.5);
        DerivedQuantities d = Evaluator.derive(p, Options.withRelic());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(d);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            DerivedQuantities back = (DerivedQuantities) in.readObject();
            assertTrue(back.relicComputed());
            assertEquals(d.named(), back.named());
        }
    }

    @Test
    void consistencyChecks() {
        // alpha_D = 0.8: PERT warning; m_A' < m_chi: SECL; Majorana: DDTYPE; 2 MeV: BBN
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.001, 1e-4, DarkMatterType.MAJORANA, 0.002, 0, 0.8);
        List<String> ids = Evaluator.derive(p).consistencyChecks().stream().map(Check::id).toList();
        assertTrue(ids.containsAll(List.of("PERT", "SECL", "DDTYPE", "BBN", "INV")), ids.toString());
        // a healthy point fails nothing but the narrow-width rule at large alpha_D
        ModelSnapshot healthy = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-4, DarkMatterType.COMPLEX_SCALAR, 0.1, 0, 0.1);
        assertTrue(Evaluator.derive(healthy).consistencyChecks().isEmpty(), Evaluator.derive(healthy).consistencyChecks().toString());
        ModelSnapshot heavy = new ModelSnapshot(MediatorType.DARK_SCALAR, 20, 1e-4, DarkMatterType.NONE, 0, 0, 0);
        assertTrue(Evaluator.derive(heavy).consistencyChecks().stream().anyMatch(c -> c.id().equals("EWMIX")));
        // near the resonance
        ModelSnapshot res = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.21, 1e-4, DarkMatterType.COMPLEX_SCALAR, 0.1, 0, 0.1);
        assertTrue(Evaluator.derive(res).consistencyChecks().stream().anyMatch(c -> c.id().equals("RES")));
        // a broad mediator: alpha_D = 0.5 Dirac at m_A' = 3 m_chi has Gamma/m = 0.15
        ModelSnapshot broad = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-4, DarkMatterType.DIRAC, 0.1, 0, 0.5);
        assertTrue(Evaluator.derive(broad).consistencyChecks().stream()
                .anyMatch(c -> c.id().equals("NWA") && c.severity() == Check.Severity.WARN));
    }

    @Test
    void unitarityViolationIsAnError() {
        // alpha_D = 1 with a mediator on the pole: sigma v exceeds 4 pi/(m^2 v)
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 2 * 0.1 / Math.sqrt(1 - 0.0225), 0.9,
                DarkMatterType.DIRAC, 0.1, 0, 1.0);
        assertTrue(Evaluator.derive(p).consistencyChecks().stream()
                .anyMatch(c -> c.id().equals("PERT") && c.severity() == Check.Severity.ERROR));
    }
}
