package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The documented user-constraint example (rules/examples/user-constraints, rules/README.md) through
 * {@code check --constraints DIR}: it shows up with its verdict, and a broken copy is reported with its file
 * and line while every built-in verdict stays.
 */
class UserConstraintsCommandTest {

    private static final String[] MODEL = {"--set", "dm=dirac", "--set", "dm.mass=0.01", "--set", "mediator.mass=0.03",
        "--set", "mediator.coupling=1e-4", "--set", "dm.thermal=false", "--format", "json"};

    /** The example folder of the repository, found upwards from the test's working directory. */
    static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("rules/examples/user-constraints");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("rules/examples/user-constraints not found above " + Path.of("").toAbsolutePath());
    }

    private static String[] args(Path folder) {
        String[] out = new String[MODEL.length + 3];
        out[0] = "check";
        System.arraycopy(MODEL, 0, out, 1, MODEL.length);
        out[MODEL.length + 1] = "--constraints";
        out[MODEL.length + 2] = folder.toString();
        return out;
    }

    private static JsonObject verdict(String json, String id) {
        for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("verdicts")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void theDocumentedExampleShowsUpInCheck() {
        CommandLineRun run = CommandLineRun.of(args(example()));
        assertEquals(0, run.status(), run.err());
        JsonObject v = verdict(run.out(), "MY-BEAM-DUMP-REACH");
        assertNotNull(v, "the example constraint is in the verdicts");
        // a projection: eps = 1e-4 against the flat reach 2e-5 / sqrt(BR_inv = 1): within reach, r = 5, never excluded
        assertEquals("ALLOWED", v.get("status").getAsString());
        assertEquals(5.0, v.get("r").getAsDouble(), 0.01);
        assertTrue(v.get("reason").getAsString().contains("Within reach of My beam dump"), v.toString());
        assertEquals("", run.err().trim(), "no warning for the documented example");
    }

    @Test
    void aBrokenCopyIsReportedWithItsLineAndTheBuiltInVerdictsStay(@TempDir Path dir) throws IOException {
        for (Path p : Files.list(example()).toList()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        Path limit = dir.resolve("MY-BEAM-DUMP-REACH.limit");
        String text = Files.readString(limit, StandardCharsets.UTF_8);
        String broken = text.replace("100    2.0e-5", "100    two");
        assertTrue(!broken.equals(text));
        Files.writeString(limit, broken, StandardCharsets.UTF_8);
        int line = java.util.Arrays.asList(broken.split("\n", -1)).indexOf("100    two") + 1;

        CommandLineRun run = CommandLineRun.of(args(dir));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("MY-BEAM-DUMP-REACH.limit") && run.err().contains(":" + line), run.err());
        assertEquals(null, verdict(run.out(), "MY-BEAM-DUMP-REACH"), "the broken constraint is left out");
        String[] plain = new String[MODEL.length + 1];
        plain[0] = "check";
        System.arraycopy(MODEL, 0, plain, 1, MODEL.length);
        CommandLineRun builtInOnly = CommandLineRun.of(plain);
        assertEquals(0, builtInOnly.status(), builtInOnly.err());
        var expected = JsonParser.parseString(builtInOnly.out()).getAsJsonObject().getAsJsonArray("verdicts");
        var actual = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("verdicts");
        assertTrue(expected.size() > 100, "the built-in verdicts: " + expected.size());
        assertEquals(expected, actual, "every built-in verdict is unchanged");
    }
}
