package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./darkcheck templates and ./darkcheck new --template NAME FILE. */
class TemplatesCommandTest {

    @Test
    void templatesListsEveryTemplateByName() {
        CommandLineRun run = CommandLineRun.of("templates");
        assertEquals(0, run.status(), run.err());
        for (Templates.Template t : Templates.ALL) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(t.name() + " ")), t.name());
        }
        assertEquals(10, Templates.ALL.size(), "the seed talk's ten scenarios");
    }

    @Test
    void newWritesTheTemplateAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scalar.darkside");
        CommandLineRun run = CommandLineRun.of("new", "--template", "scalar-dark-photon", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(0.03, DarksideFiles.load(file).getPoints().get(0).getDarkMatter().getMass(), 1e-15);
        byte[] before = Files.readAllBytes(file);
        CommandLineRun again = CommandLineRun.of("new", "--template", "b-l", file.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("exists"), again.err());
        assertEquals(new String(before), new String(Files.readAllBytes(file)), "the existing file was changed");
    }

    @Test
    void anUnknownTemplateIsBadInput(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.of("new", "--template", "wimp", dir.resolve("x.darkside").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no template named 'wimp'"), run.err());
    }

    @Test
    void checkAndDeriveRunOnEveryTemplate(@TempDir Path dir) throws Exception {
        for (Templates.Template t : Templates.ALL) {
            Path file = dir.resolve(t.name() + ".darkside");
            DarksideFiles.save(t.create(), file);
            CommandLineRun run = CommandLineRun.of("check", file.toString(), "--format", "json");
            assertEquals(0, run.status(), t.name() + ": " + run.err());
            CommandLineRun derive = CommandLineRun.of("derive", file.toString());
            assertEquals(0, derive.status(), t.name() + ": " + derive.err());
        }
    }
}
