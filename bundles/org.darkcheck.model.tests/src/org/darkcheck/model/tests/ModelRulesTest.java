package org.darkcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.darkcheck.model.ModelRules;
import org.darkcheck.model.Templates;
import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The EMF validator: one test per rule id, on a fixture study that is valid until one value is broken. */
class ModelRulesTest {

    private static Study valid() {
        return Templates.named("pseudo-dirac-dark-photon").orElseThrow().create();
    }

    private static List<Diagnostic> problems(Study study) {
        return Diagnostician.INSTANCE.validate(study).getChildren();
    }

    private static Diagnostic only(Study study, String id) {
        List<Diagnostic> found = problems(study).stream().filter(d -> id.equals(ModelRules.idOf(d)))
                .collect(Collectors.toList());
        assertEquals(1, found.size(), () -> "expected one " + id + " in " + problems(study));
        return found.get(0);
    }

    @Test
    void theFixtureIsValid() {
        assertEquals(List.of(), problems(valid()));
    }

    @Test
    void mediatorMassMustBePositive() {
        Study s = valid();
        s.getPoints().get(0).getMediator().setMass(-0.01);
        Diagnostic d = only(s, "MODEL-MEDIATOR-MASS");
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertTrue(d.getMessage().contains("-10 MeV"), d.getMessage());
        assertTrue(d.getMessage().contains("BP1"), d.getMessage());
    }

    @Test
    void couplingMustLieBetweenZeroAndOne() {
        Study s = valid();
        s.getPoints().get(0).getMediator().setCoupling(1.5);
        assertEquals(Diagnostic.ERROR, only(s, "MODEL-COUPLING-RANGE").getSeverity());
    }

    @Test
    void reservedMediatorKindsWarnThatTheyHaveNoPhysics() {
        Study s = valid();
        s.getPoints().get(0).getMediator().setKind(MediatorKind.AXION_LIKE);
        assertEquals(Diagnostic.WARNING, only(s, "MODEL-MEDIATOR-KIND").getSeverity());
    }

    @Test
    void darkMatterMassMustBePositive() {
        Study s = valid();
        s.getPoints().get(0).getDarkMatter().setMass(0);
        assertTrue(only(s, "MODEL-DM-MASS").getMessage().contains("not set"));
    }

    @Test
    void splittingMustLieBelowTheMass() {
        Study s = valid();
        DarkMatter dm = s.getPoints().get(0).getDarkMatter();
        dm.setSplitting(0.05);
        assertEquals(Diagnostic.ERROR, only(s, "MODEL-DM-SPLITTING").getSeverity());
        dm.setKind(DarkMatterKind.DIRAC);
        assertEquals(List.of(), problems(s), "the splitting of a Dirac fermion is ignored");
    }

    @Test
    void alphaDAboveOneIsAnErrorAndAboveOneHalfAWarning() {
        Study s = valid();
        ModelPoint p = s.getPoints().get(0);
        p.setAlphaD(0.8);
        assertEquals(Diagnostic.WARNING, only(s, "MODEL-PERTURBATIVITY").getSeverity());
        p.setAlphaD(1.2);
        assertEquals(Diagnostic.ERROR, only(s, "MODEL-ALPHA-D-RANGE").getSeverity());
    }

    @Test
    void pointNamesAreUnique() {
        Study s = valid();
        s.getPoints().add(EcoreUtil.copy(s.getPoints().get(0)));
        assertEquals(2, problems(s).stream().filter(d -> "MODEL-POINT-NAME".equals(ModelRules.idOf(d))).count());
    }
}
