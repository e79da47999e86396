package org.darkcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.ModelKeys;
import org.darkcheck.model.Templates;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelFilesTest {

    @Test
    void defaultsOfANewStudy() {
        Study study = ModelKeys.newStudy();
        ModelPoint p = study.getPoints().get(0);
        assertEquals("BP1", p.getName());
        assertEquals(0.5, p.getAlphaD());
        assertEquals("dark-photon", p.getMediator().getKind().getLiteral());
        assertEquals(null, p.getDarkMatter());
    }

    static java.util.stream.Stream<String> templateNames() {
        return Templates.ALL.stream().map(Templates.Template::name);
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyTemplateSurvivesASaveAndReloadUnchanged(String name, @TempDir Path dir) throws Exception {
        Study study = Templates.named(name).orElseThrow().create();
        Path file = dir.resolve(name + ".darkside");
        DarksideFiles.save(study, file);
        Study reloaded = DarksideFiles.load(file);
        assertTrue(EcoreUtil.equals(study, reloaded), "template " + name + " changed on the way through XMI");
        assertTrue(org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(reloaded).getSeverity()
                < org.eclipse.emf.common.util.Diagnostic.ERROR, name + " is not valid");
    }

    @Test
    void savingReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.darkside");
        Files.writeString(file, "old content");
        DarksideFiles.save(Templates.ALL.get(0).create(), file);
        assertTrue(Files.readString(file).contains("darkside:Study"));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine() {
        String truncated = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<darkside:Study xmlns:darkside=\"http://www.darkcheck.org/darkside/1.1\"\n  name=\"x\">\n  <points name=\"BP1\"\n";
        ModelFileException e = assertThrows(ModelFileException.class, () -> DarksideFiles.load(
                new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), "t.darkside", URI.createURI("t:/t.darkside")));
        assertTrue(e.getMessage().startsWith("t.darkside:"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<darkside:Study xmlns:darkside=\"http://www.darkcheck.org/darkside/1.1\" name=\"&x;\"/>\n";
        ModelFileException e = assertThrows(ModelFileException.class, () -> DarksideFiles.load(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "x.darkside", URI.createURI("t:/x.darkside")));
        assertTrue(!e.getMessage().contains("SECRET"));
        assertTrue(e.getMessage().toLowerCase().contains("doctype"), e.getMessage());
    }

    @Test
    void aForeignXmlFileIsRefused() {
        String foreign = "<?xml version=\"1.0\"?>\n<html><body/></html>\n";
        assertThrows(ModelFileException.class, () -> DarksideFiles.load(
                new ByteArrayInputStream(foreign.getBytes(StandardCharsets.UTF_8)), "f.darkside", URI.createURI("t:/f.darkside")));
    }
}
