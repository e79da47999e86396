package org.darkcheck.physics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.physics.annihilation.Annihilation;
import org.darkcheck.physics.annihilation.ThermalAverage;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.cosmology.BbnBounds;
import org.darkcheck.physics.cosmology.CmbEnergyInjection;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.decay.ScalarDecays;
import org.darkcheck.physics.decay.ScalarProduction;
import org.darkcheck.physics.decay.VectorBosonDecays;
import org.darkcheck.physics.decay.VectorCouplings;
import org.darkcheck.physics.detection.DirectDetection;
import org.darkcheck.physics.dynamics.DarkSectorDynamics;
import org.darkcheck.physics.loops.MagneticMoments;
import org.darkcheck.physics.relic.FreezeOutApproximation;
import org.darkcheck.physics.relic.RelicAbundance;
import org.darkcheck.physics.units.Quantities;

/**
 * Computes the {@link DerivedQuantities} of a model point (FORMULAS.md 2-13).
 * Pure and thread-safe. {@link #derive(ModelSnapshot)} computes everything but
 * the relic abundance and the thermal target, which are computed on first use
 * (about 1 us per point without them); {@link #derive(ModelSnapshot, Options)}
 * with {@link Options#withRelic()} computes them at once.
 */
public final class Evaluator {

    private static final double CM3 = Constants.GEV2_TO_CM3_PER_S;

    private Evaluator() {
    }

    public static DerivedQuantities derive(ModelSnapshot model) {
        return derive(model, Options.defaults());
    }

    public static DerivedQuantities derive(ModelSnapshot model, Options options) {
        List<String> notes = new ArrayList<>();
        double m = model.mediatorMass();
        MediatorType mediator = model.mediator();
        MediatorDecays decays;
        if (mediator == MediatorType.DARK_SCALAR) {
            decays = ScalarDecays.of(m, model.coupling(), model.darkMatter(), model.darkMatterMass(), model.splitting(),
                    model.alphaD());
        } else {
            decays = VectorBosonDecays.of(mediator, m, model.coupling(), model.darkMatter(), model.darkMatterMass(),
                    model.splitting(), model.alphaD());
        }
        mediatorNotes(model, notes);
        double y = Double.NaN;
        if (model.hasDarkMatter()) {
            double ratio = model.darkMatterMass() / m;
            y = model.coupling() * model.coupling() * model.alphaD() * ratio * ratio * ratio * ratio;
        }
        Map<String, Value> v = new LinkedHashMap<>();
        mediatorValues(model, decays, options, v);
        v.put("deltaAElectron", MagneticMoments.of(mediator, m, model.coupling(), Constants.ELECTRON_MASS));
        v.put("deltaAMuon", MagneticMoments.of(mediator, m, model.coupling(), Constants.MUON_MASS));
        boolean bound = false;
        if (model.hasDarkMatter()) {
            darkMatterValues(model, options, v);
            bound = DarkSectorDynamics.boundStatesExist(model.alphaD(), model.darkMatterMass(), m);
        } else {
            Value none = Value.notApplicable("no dark-matter particle");
            for (String name : new String[] {"sigmaVTodayCm3PerS", "sigmaVaCm3PerS", "sigmaVbCm3PerS", "sigmaVSecludedCm3PerS",
                "xFreezeOut", "sigmaElectronCm2", "sigmaProtonCm2", "pAnnCm3PerSPerGeV", "sommerfeldFactor",
                "sigmaTransferPerMassCm2PerG", "bbnLowerMassBoundGeV"}) {
                v.put(name, none);
            }
        }
        return new DerivedQuantities(model, decays, y, v, notes, DirectDetection.formFactor(m), bound,
                options.eagerRelic());
    }

    private static void mediatorNotes(ModelSnapshot model, List<String> notes) {
        double m = model.mediatorMass();
        String mass = Quantities.formatMass(m);
        switch (model.mediator()) {
            case DARK_PHOTON:
                if (m > DarkPhotonDecays.UPPER_VALIDITY_MASS) {
                    notes.add("dark-photon widths neglect Z-mixing above 10 GeV (m_A' = " + mass + ")");
                }
                if (m < 2 * Constants.ELECTRON_MASS && model.darkMatter() == DarkMatterType.NONE) {
                    notes.add("below 2 m_e the dark photon decays only to 3 photons (m_A' = " + mass + ")");
                }
                break;
            case LMU_LTAU:
            case B_L:
                if (m > DarkPhotonDecays.UPPER_VALIDITY_MASS) {
                    notes.add("Z' widths neglect Z-mixing above 10 GeV (m_Z' = " + mass + ")");
                }
                break;
            case DARK_SCALAR:
                if (m > ScalarDecays.CHPT_VALID_UP_TO && m < ScalarDecays.HADRONIC_PERTURBATIVE_FROM) {
                    notes.add("dark-scalar hadronic width uncertain by a factor ~3 between 0.6 and 2.5 GeV "
                            + "(LO chiral perturbation theory, f0(980) not included; m_S = " + mass + ")");
                } else if (m >= ScalarDecays.HADRONIC_PERTURBATIVE_FROM) {
                    notes.add("dark-scalar hadronic width from the perturbative spectator model above 2.5 GeV (m_S = "
                            + mass + ")");
                }
                if (m < 2 * Constants.ELECTRON_MASS && model.darkMatter() == DarkMatterType.NONE) {
                    notes.add("below 2 m_e the dark scalar decays only to 2 photons (m_S = " + mass + ")");
                }
                if (model.hasDarkMatter()) {
                    notes.add("dark matter through the dark scalar uses DarkCheck's coupling conventions "
                            + "(alpha_D = y_chi^2/4pi; complex scalar A = sqrt(4 pi alpha_D) m_chi), not in FORMULAS.md");
                }
                break;
            default:
                throw new IllegalArgumentException("no physics for mediator " + model.mediator());
        }
    }

    private static void mediatorValues(ModelSnapshot model, MediatorDecays decays, Options options, Map<String, Value> v) {
        double m = model.mediatorMass();
        MediatorType mediator = model.mediator();
        v.put("rRatio", mediator == MediatorType.DARK_PHOTON ? Value.of(HadronicRatio.darkCast().darkPhoton(m))
                : Value.notApplicable("the R ratio is the dark photon's"));
        double energy = options.labEnergyGeV();
        if (Double.isNaN(energy)) {
            v.put("decayLengthLabMeters", Value.notApplicable("no lab energy given"));
        } else if (energy < m) {
            v.put("decayLengthLabMeters", Value.outOfValidity(Double.NaN, "the lab energy "
                    + Quantities.formatMass(energy) + " is below the mediator mass"));
        } else {
            v.put("decayLengthLabMeters", Value.of(decays.decayLengthLabMeters(m, energy)));
        }
        v.put("epsilonLoop", mediator == MediatorType.LMU_LTAU
                ? Value.of(model.coupling() * VectorCouplings.lmuLtauElectron(m) / Constants.E_CHARGE)
                : Value.notApplicable("loop-induced mixing belongs to the L_mu - L_tau boson"));
        if (mediator == MediatorType.DARK_SCALAR) {
            v.put("brBToKS", Value.of(ScalarProduction.brBToKS(m, model.coupling())));
            v.put("brKToPiS", Value.of(ScalarProduction.brKToPiS(m, model.coupling())));
            v.put("width3PhotonGeV", Value.notApplicable("the dark scalar decays to 2 photons (brPhotons)"));
        } else {
            v.put("brBToKS", Value.notApplicable("B -> K S is a dark-scalar production"));
            v.put("brKToPiS", Value.notApplicable("K -> pi S is a dark-scalar production"));
            v.put("width3PhotonGeV", m < 2 * Constants.ELECTRON_MASS ? Value.of(decays.photons())
                    : Value.notApplicable("m_med >= 2 m_e: e+ e- is open, no 3 gamma width is used"));
        }
    }

    private static void darkMatterValues(ModelSnapshot model, Options options, Map<String, Value> v) {
        DarkMatterType kind = model.darkMatter();
        double mChi = model.darkMatterMass();
        double m = model.mediatorMass();
        Annihilation an = Annihilation.of(model);
        double a = an.a();
        double b = an.b();
        Value secluded = an.secludedSigmaV();
        double sec = secluded.isValid() ? secluded.number() : 0;
        String expansion = an.expansionProblem();
        v.put("sigmaVTodayCm3PerS", Value.of((an.sigmaV(options.velocityToday()) + sec) * CM3)
                .flag(secluded.isValid() ? null : secluded.note()));
        v.put("sigmaVaCm3PerS", Value.checked(a * CM3, expansion));
        v.put("sigmaVbCm3PerS", Value.checked(b * CM3, expansion));
        v.put("sigmaVSecludedCm3PerS", secluded.map(x -> x * CM3));
        v.put("xFreezeOut", FreezeOutApproximation.xFreezeOut(kind, mChi, a + sec, b));
        v.put("sigmaElectronCm2", DirectDetection.sigmaElectronCm2(model));
        v.put("sigmaProtonCm2", DirectDetection.sigmaProtonCm2(model));
        v.put("pAnnCm3PerSPerGeV", CmbEnergyInjection.pAnn(kind, mChi, model.splitting(), (a + sec) * CM3, b * CM3,
                options.fEff(), options.xKineticDecoupling()));
        v.put("sommerfeldFactor", Value.of(DarkSectorDynamics.sommerfeld(model.alphaD(), mChi, m,
                options.sommerfeldVelocity())));
        v.put("sigmaTransferPerMassCm2PerG", DarkSectorDynamics.transferCrossSectionPerMassCm2PerG(model.alphaD(), mChi,
                m, options.sidmVelocityKmPerS()));
        v.put("bbnLowerMassBoundGeV", BbnBounds.darkMatterLowerBoundGeV(kind, model.mediator()));
    }

    /** The relic abundance and the thermally averaged sigma v at freeze-out (the lazy part of derive). */
    static DerivedQuantities.RelicValues relic(ModelSnapshot model) {
        if (!model.hasDarkMatter()) {
            Value none = Value.notApplicable("no dark-matter particle");
            return new DerivedQuantities.RelicValues(new RelicAbundance.Result(none, Double.NaN, Double.NaN), none);
        }
        RelicAbundance.Result result = RelicAbundance.of(model);
        Annihilation an = Annihilation.of(model);
        Value secluded = an.secludedSigmaV();
        double sec = secluded.isValid() ? secluded.number() : 0;
        Value xf = FreezeOutApproximation.xFreezeOut(model.darkMatter(), model.darkMatterMass(), an.a() + sec, an.b());
        double x = xf.isValid() ? xf.number() : 20;
        Value thermal = Value.of((new ThermalAverage(an).perPair(x) + sec) * CM3);
        if (!xf.isValid()) {
            thermal = thermal.flag("evaluated at x = 20 (no freeze-out estimate)");
        }
        return new DerivedQuantities.RelicValues(result, thermal);
    }
}
