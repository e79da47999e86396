package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.darkcheck.model.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The check command against the contract of shared/CLI.md. */
class CheckCommandTest {

    private static final String[] BENCHMARK = {"check", "--set", "mediator=dark-photon", "--set", "mediator.mass=60MeV",
        "--set", "mediator.coupling=1e-3", "--set", "dm=dirac", "--set", "dm.mass=20MeV", "--set", "alpha-d=0.5",
        "--format", "json"};

    private static JsonObject verdict(JsonObject root, String id) {
        for (JsonElement e : root.getAsJsonArray("verdicts")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no verdict " + id);
    }

    @Test
    void jsonHasTheShapeOfTheContract() {
        CommandLineRun run = CommandLineRun.of(BENCHMARK);
        assertEquals(0, run.status(), run.err());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("darkcheck", "model", "overall", "derived", "verdicts"), root.keySet());
        assertEquals("EXCLUDED", root.get("overall").getAsString());
        JsonObject model = root.getAsJsonObject("model");
        assertEquals("dark-photon", model.get("mediator").getAsString());
        assertEquals(0.06, model.getAsJsonObject("mediator.mass").get("value").getAsDouble(), 1e-12);
        assertEquals("GeV", model.getAsJsonObject("mediator.mass").get("unit").getAsString());
        JsonObject derived = root.getAsJsonObject("derived");
        for (String name : new String[] {"widthTotalGeV", "brElectrons", "brMuons", "brHadrons", "brInvisible",
            "lifetimeSeconds", "ctauMeters", "Y", "sigmaVCm3PerS", "omegaH2", "sigmaElectronCm2", "sigmaProtonCm2",
            "pAnnCm3PerSPerGeV", "deltaAElectron", "deltaAMuon"}) {
            assertTrue(derived.has(name), "derived lacks " + name);
        }
        assertEquals(1.0, derived.get("brInvisible").getAsDouble(), 1e-6);
        // Y = eps^2 alpha_D (m_chi/m_A')^4 = 1e-6 * 0.5 / 81
        assertEquals(6.173e-9, derived.get("Y").getAsDouble(), 0.001e-9);
        JsonArray verdicts = root.getAsJsonArray("verdicts");
        for (JsonElement e : verdicts) {
            JsonObject v = e.getAsJsonObject();
            assertEquals(Set.of("id", "title", "experiment", "kind", "status", "r", "quantity", "value", "limit",
                    "limitUpper", "reason", "reference", "upstream"), v.keySet());
            assertEquals(Set.of("citation", "arxiv", "bibkey"), v.getAsJsonObject("reference").keySet());
        }
    }

    @Test
    void na64ExcludesTheBenchmarkWithRNearFivePointTwo() {
        JsonObject root = JsonParser.parseString(CommandLineRun.of(BENCHMARK).out()).getAsJsonObject();
        JsonObject na64 = verdict(root, "NA64-2019-INVISIBLE");
        assertEquals("EXCLUDED", na64.get("status").getAsString());
        assertEquals(5.2, na64.get("r").getAsDouble(), 0.52);
        assertEquals("darkcast/limits/NA64_NA642019imj.lmt", na64.get("upstream").getAsString());
        assertEquals("limit", na64.get("kind").getAsString());
        assertEquals("epsilon", na64.get("quantity").getAsString());
        assertTrue(na64.get("limitUpper").isJsonNull());
        assertEquals("1906.00176", na64.getAsJsonObject("reference").get("arxiv").getAsString());
    }

    @Test
    void na64DoesNotApplyWithoutDarkMatter() {
        CommandLineRun run = CommandLineRun.of("check", "--set", "mediator=dark-photon", "--set", "mediator.mass=60MeV",
                "--set", "mediator.coupling=1e-3", "--set", "dm=none", "--set", "alpha-d=0.5", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonObject na64 = verdict(JsonParser.parseString(run.out()).getAsJsonObject(), "NA64-2019-INVISIBLE");
        assertEquals("NOT_APPLICABLE", na64.get("status").getAsString());
        assertTrue(na64.get("r").isJsonNull());
    }

    @ParameterizedTest
    @CsvSource({"1e-6, EXCLUDED, 19", "1e-3, ALLOWED, 0.019"})
    void e137AtTwentyMeV(String coupling, String status, double r) {
        CommandLineRun run = CommandLineRun.of("check", "--set", "mediator.mass=20MeV", "--set",
                "mediator.coupling=" + coupling, "--set", "dm=none", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonObject e137 = verdict(JsonParser.parseString(run.out()).getAsJsonObject(), "E137-2012-VISIBLE");
        assertEquals(status, e137.get("status").getAsString());
        assertEquals(r, e137.get("r").getAsDouble(), r * 0.1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--set|nonsense=3|unknown key 'nonsense'",
        "--set|mediator.mass=-3MeV|mediator.mass must be positive",
        "--set|mediator.coupling=abc|mediator.coupling",
        "--set|dm=axion|dm 'axion' is not one of"})
    void badInputExitsTwoWithOneLineNamingTheProblem(String option, String setting, String expected) {
        CommandLineRun run = CommandLineRun.of("check", "--set", "mediator.mass=20MeV", "--set",
                "mediator.coupling=1e-3", option, setting);
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.out().isEmpty());
    }

    @Test
    void aCorruptFileExitsTwoNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.darkside");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<darkside:Study xmlns:darkside=\"http://www.darkcheck.org/darkside/1.0\">\n<points",
                StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("check", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("broken.darkside"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aFileIsDiagnosedAndSetOverridesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example.darkside");
        Files.write(file, Examples.bytes(Examples.DEFAULT));
        CommandLineRun fromFile = CommandLineRun.of("check", file.toString(), "--format", "json");
        assertEquals(0, fromFile.status(), fromFile.err());
        assertEquals("EXCLUDED", verdict(JsonParser.parseString(fromFile.out()).getAsJsonObject(), "NA64-2019-INVISIBLE")
                .get("status").getAsString());
        CommandLineRun overridden = CommandLineRun.of("check", file.toString(), "--set", "dm=none", "--format", "json");
        assertEquals("NOT_APPLICABLE", verdict(JsonParser.parseString(overridden.out()).getAsJsonObject(),
                "NA64-2019-INVISIBLE").get("status").getAsString());
    }

    @Test
    void keysListsEveryKeyOfTheContract() {
        CommandLineRun run = CommandLineRun.of("keys");
        assertEquals(0, run.status());
        for (String key : new String[] {"mediator", "mediator.mass", "mediator.coupling", "mediator.dark-matter", "dm",
            "dm.mass", "dm.splitting", "alpha-d"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(key + " ")), key);
        }
    }

    @Test
    void constraintsJsonListsIdsKindsAndUpstream() {
        CommandLineRun run = CommandLineRun.of("constraints", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonArray list = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("constraints");
        assertTrue(list.size() >= 2);
        for (JsonElement e : list) {
            JsonObject c = e.getAsJsonObject();
            assertFalse(c.get("id").getAsString().isBlank());
            assertTrue(c.has("kind") && c.has("plane") && c.has("reference") && c.has("upstream"));
        }
    }

    @Test
    void noArgumentsDiagnoseTheExampleAndSayHowToOpenTheWorkbench() {
        CommandLineRun run = CommandLineRun.of();
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("NA64-2019-INVISIBLE"), run.out());
        assertTrue(run.out().contains("workbench"), run.out());
    }
}
