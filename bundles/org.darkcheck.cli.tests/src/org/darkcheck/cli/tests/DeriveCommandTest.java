package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** ./darkcheck derive: every derived quantity with its unit, validity notes, and the JSON names of shared/CLI.md. */
class DeriveCommandTest {

    private static final String[] POINT = {"derive", "--set", "mediator=dark-photon", "--set", "mediator.mass=300MeV",
        "--set", "mediator.coupling=1e-4", "--set", "dm=complex-scalar", "--set", "dm.mass=100MeV", "--set", "alpha-d=0.5"};

    @Test
    void textListsEveryQuantityWithItsUnit() {
        CommandLineRun run = CommandLineRun.of(POINT);
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        for (String name : new String[] {"widthTotalGeV", "brElectrons", "lifetimeSeconds", "ctauMeters", "Y", "omegaH2",
            "sigmaVCm3PerS", "sigmaElectronCm2", "pAnnCm3PerSPerGeV", "deltaAMuon", "yThermal", "xFreezeOut"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(name + " ")), "no line for " + name + ":\n" + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.startsWith("sigmaVCm3PerS ") && l.contains("cm^3/s")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("lifetimeSeconds ") && l.contains(" s ")), out);
    }

    @Test
    void textShowsValidityNotes() {
        CommandLineRun run = CommandLineRun.of("derive", "--set", "mediator=dark-photon", "--set", "mediator.mass=20GeV",
                "--set", "mediator.coupling=1e-4");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("note: ") && run.out().contains("10 GeV"), run.out());
    }

    @Test
    void jsonCarriesTheRelicAbundanceAndTheThermalTarget() {
        String[] args = java.util.Arrays.copyOf(POINT, POINT.length + 2);
        args[POINT.length] = "--format";
        args[POINT.length + 1] = "json";
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), run.err());
        JsonObject derived = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("derived");
        assertFalse(derived.get("omegaH2").isJsonNull());
        // FORMULAS.md 7.7: complex scalar, 100 MeV, alpha_D = 0.5: y_th = 1.647e-9
        assertEquals(1.647e-9, derived.get("yThermal").getAsDouble(), 0.02 * 1.647e-9);
        assertTrue(derived.get("brBToKS").isJsonNull());
    }
}
