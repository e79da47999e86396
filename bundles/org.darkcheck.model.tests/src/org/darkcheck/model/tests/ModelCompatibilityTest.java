package org.darkcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.DarksidePackage;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.junit.jupiter.api.Test;

/** Files written by earlier metamodel versions still load, and are written back in the current format. */
class ModelCompatibilityTest {

    @Test
    void aFormatOnePointZeroFileLoadsWithEveryValue() throws Exception {
        Study study = Fixtures.load("format-1.0.darkside");
        assertEquals("Format 1.0 fixture", study.getName());
        assertEquals(3, study.getPoints().size());
        ModelPoint bp1 = study.getPoints().get(0);
        assertEquals(MediatorKind.DARK_PHOTON, bp1.getMediator().getKind());
        assertEquals(0.06, bp1.getMediator().getMass());
        assertEquals(1e-3, bp1.getMediator().getCoupling());
        assertEquals(DarkMatterKind.DIRAC, bp1.getDarkMatter().getKind());
        assertEquals(0.02, bp1.getDarkMatter().getMass());
        assertEquals(0.5, bp1.getAlphaD());
        assertTrue(bp1.getDarkMatter().isAllOfDarkMatter(), "attributes added after 1.0 take their defaults");
        assertTrue(bp1.getDarkMatter().isThermal());
        ModelPoint bp2 = study.getPoints().get(1);
        assertEquals(0.005, bp2.getDarkMatter().getSplitting());
        assertEquals(0.1, bp2.getAlphaD());
        assertNull(study.getPoints().get(2).getDarkMatter());
        assertEquals(0.5, study.getPoints().get(2).getAlphaD(), "default alpha_D");
    }

    @Test
    void anOldFileIsWrittenBackInTheCurrentFormat() throws Exception {
        Study study = Fixtures.load("format-1.0.darkside");
        String xml = new String(DarksideFiles.serialize(study), StandardCharsets.UTF_8);
        assertTrue(xml.contains(DarksidePackage.eNS_URI), xml);
        assertTrue(!xml.contains("darkside/1.0\""), xml);
    }
}
