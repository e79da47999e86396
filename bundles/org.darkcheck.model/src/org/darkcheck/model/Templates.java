package org.darkcheck.model;

import java.util.List;
import java.util.Optional;

import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.DarksideFactory;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;

/**
 * Starting points for a new model: the scenarios of the seed talk, each with
 * sensible numbers (GeV) and a sentence saying what it is. Used by the New
 * DarkCheck model wizard and by {@code ./darkcheck new --template NAME FILE}.
 */
public final class Templates {

    /**
     * One template.
     *
     * @param name        the command-line name, e.g. "scalar-dark-photon"
     * @param title       a short title for the wizard
     * @param description what the scenario is and why these numbers
     */
    public record Template(String name, String title, String description, Spec spec) {

        /** A new study made from this template. */
        public Study create() {
            Study study = DarksideFactory.eINSTANCE.createStudy();
            study.setName(title);
            study.setDescription(description);
            study.getPoints().add(spec.point());
            return study;
        }
    }

    /**
     * The numbers of a template's model point.
     *
     * @param dm null for no dark-matter particle
     */
    public record Spec(MediatorKind mediator, double mediatorMass, double coupling, boolean mediatorIsDarkMatter,
            DarkMatterKind dm, double dmMass, double splitting, double alphaD) {

        ModelPoint point() {
            DarksideFactory f = DarksideFactory.eINSTANCE;
            ModelPoint p = f.createModelPoint();
            p.setName("BP1");
            p.setAlphaD(alphaD);
            Mediator m = f.createMediator();
            m.setKind(mediator);
            m.setMass(mediatorMass);
            m.setCoupling(coupling);
            m.setDarkMatter(mediatorIsDarkMatter);
            p.setMediator(m);
            if (dm != null) {
                DarkMatter chi = f.createDarkMatter();
                chi.setKind(dm);
                chi.setMass(dmMass);
                chi.setSplitting(splitting);
                p.setDarkMatter(chi);
            }
            return p;
        }
    }

    public static final List<Template> ALL = List.of(
            new Template("scalar-dark-photon", "Complex scalar dark matter with a dark photon",
                    "A 30 MeV complex scalar annihilating through a 90 MeV dark photon (m_A' = 3 m_chi, alpha_D = 0.5, "
                            + "eps = 1e-4): p-wave annihilation, so the CMB bound is evaded; the A' decays invisibly.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.09, 1e-4, false, DarkMatterKind.COMPLEX_SCALAR, 0.03, 0, 0.5)),
            new Template("majorana-dark-photon", "Majorana fermion dark matter with a dark photon",
                    "A 30 MeV Majorana fermion with an axial coupling to a 90 MeV dark photon (m_A' = 3 m_chi, alpha_D = 0.5, "
                            + "eps = 1e-4): p-wave annihilation, velocity-suppressed direct detection.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.09, 1e-4, false, DarkMatterKind.MAJORANA, 0.03, 0, 0.5)),
            new Template("dirac-dark-photon", "Dirac fermion dark matter with a dark photon",
                    "A 20 MeV Dirac fermion with a 60 MeV dark photon (m_A' = 3 m_chi, alpha_D = 0.5, eps = 1e-4): s-wave "
                            + "annihilation, which the CMB constrains strongly for thermal relics.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.06, 1e-4, false, DarkMatterKind.DIRAC, 0.02, 0, 0.5)),
            new Template("pseudo-dirac-dark-photon", "Pseudo-Dirac (inelastic) dark matter",
                    "A 30 MeV pseudo-Dirac pair split by 3 MeV (10 %), coupled off-diagonally to a 90 MeV dark photon "
                            + "(alpha_D = 0.5, eps = 1e-4): inelastic scattering, no CMB bound once the excited state has decayed.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.09, 1e-4, false, DarkMatterKind.PSEUDO_DIRAC, 0.03, 0.003, 0.5)),
            new Template("secluded", "Secluded dark matter (m_A' < m_chi)",
                    "A 1 GeV Dirac fermion with a lighter 300 MeV dark photon (alpha_D = 0.01, eps = 1e-6): it annihilates "
                            + "to A' pairs, so its relic abundance does not depend on eps; the A' decays visibly.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.3, 1e-6, false, DarkMatterKind.DIRAC, 1.0, 0, 0.01)),
            new Template("visible-dark-photon", "A visibly decaying dark photon",
                    "A 50 MeV dark photon with eps = 1e-5 and no lighter dark matter: it decays to e+ e-, the target of "
                            + "beam-dump and collider searches.",
                    new Spec(MediatorKind.DARK_PHOTON, 0.05, 1e-5, false, null, 0, 0, 0.5)),
            new Template("dark-photon-dark-matter", "Dark-photon dark matter",
                    "A 100 keV dark photon with kinetic mixing 1e-12 that is itself all of the dark matter (misalignment): "
                            + "below 2 m_e it decays only to three photons; absorption and stellar bounds apply.",
                    new Spec(MediatorKind.DARK_PHOTON, 1e-4, 1e-12, true, null, 0, 0, 0.5)),
            new Template("dark-scalar", "A Higgs-mixed dark scalar",
                    "A 500 MeV scalar mixing with the Higgs with sin(theta) = 1e-4: made in B -> K S and K -> pi S, decaying "
                            + "to muon and pion pairs.",
                    new Spec(MediatorKind.DARK_SCALAR, 0.5, 1e-4, false, null, 0, 0, 0.5)),
            new Template("lmu-ltau", "An L_mu - L_tau gauge boson",
                    "A 20 MeV Z' of gauged L_mu - L_tau with g = 5e-4: it couples to muons, taus and their neutrinos and, "
                            + "below 2 m_mu, decays to neutrinos.",
                    new Spec(MediatorKind.LMU_LTAU, 0.02, 5e-4, false, null, 0, 0, 0.5)),
            new Template("b-l", "A B - L gauge boson",
                    "A 100 MeV Z' of gauged B - L with g = 1e-5: it couples to every quark and lepton, neutrinos included.",
                    new Spec(MediatorKind.BL, 0.1, 1e-5, false, null, 0, 0, 0.5)));

    private Templates() {
    }

    public static Optional<Template> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
