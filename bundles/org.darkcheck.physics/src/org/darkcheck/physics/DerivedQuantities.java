package org.darkcheck.physics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.physics.consistency.Check;
import org.darkcheck.physics.consistency.ConsistencyChecks;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.detection.DirectDetection;
import org.darkcheck.physics.relic.RelicAbundance;

/**
 * Everything the evaluators derive from one {@link ModelSnapshot}: the inputs of
 * the rules and of the recast (FORMULAS.md 16). Units are GeV unless the name
 * says otherwise. Built by {@link Evaluator}; immutable apart from the lazily
 * computed relic abundance and thermal target (see {@link Options}); thread-safe
 * and serialisable.
 * <p>
 * Every quantity other than the widths is a {@link Value}: valid, out of validity
 * with the reason, or not applicable to this model.
 */
public final class DerivedQuantities implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Name, unit and meaning of one derived quantity under its fixed CLI/JSON name. */
    public record Quantity(String name, String unit, String meaning) implements java.io.Serializable {
    }

    /** The derived quantities of {@link #named()}, in that order (FORMULAS.md 16 and shared/CLI.md). */
    public static final List<Quantity> CATALOGUE = List.of(
            new Quantity("widthTotalGeV", "GeV", "total mediator width"),
            new Quantity("widthVisibleGeV", "GeV", "width to Standard-Model particles other than neutrinos"),
            new Quantity("widthInvisibleGeV", "GeV", "width to dark matter and neutrinos"),
            new Quantity("brElectrons", "", "BR(e+ e-)"),
            new Quantity("brMuons", "", "BR(mu+ mu-)"),
            new Quantity("brTaus", "", "BR(tau+ tau-)"),
            new Quantity("brHadrons", "", "BR(hadrons)"),
            new Quantity("brNeutrinos", "", "BR(nu nubar)"),
            new Quantity("brInvisible", "", "BR(invisible) = BR(dark matter) + BR(nu nubar)"),
            new Quantity("brPhotons", "", "BR(3 gamma) of a vector, BR(gamma gamma) of the dark scalar"),
            new Quantity("rRatio", "", "DarkCast hadronic R ratio at the dark-photon mass"),
            new Quantity("lifetimeSeconds", "s", "mediator lifetime"),
            new Quantity("ctauMeters", "m", "mediator proper decay length"),
            new Quantity("decayLengthLabMeters", "m", "mediator lab decay length at the given lab energy"),
            new Quantity("Y", "", "y = coupling^2 alpha_D (m_chi/m_med)^4"),
            new Quantity("yThermal", "", "y of the thermal target (Omega h^2 = 0.120)"),
            new Quantity("epsilonThermal", "", "coupling (eps, sin theta or g) of the thermal target"),
            new Quantity("sigmaVCm3PerS", "cm^3/s", "sigma v at freeze-out velocity (shared/CLI.md): the thermal average at x_f"),
            new Quantity("sigmaVTodayCm3PerS", "cm^3/s", "annihilation sigma v today (v = 1e-3), s channel + secluded"),
            new Quantity("sigmaVaCm3PerS", "cm^3/s", "s-wave coefficient a of sigma v = a + b v^2"),
            new Quantity("sigmaVbCm3PerS", "cm^3/s", "p-wave coefficient b of sigma v = a + b v^2"),
            new Quantity("sigmaVThermalCm3PerS", "cm^3/s", "thermally averaged sigma v per pair at freeze-out (x = x_f)"),
            new Quantity("xFreezeOut", "", "freeze-out x_f = m_chi/T_f (approximation of FORMULAS.md 7.6)"),
            new Quantity("omegaH2", "", "relic abundance Omega h^2 (Boltzmann equation)"),
            new Quantity("sigmaElectronCm2", "cm^2", "DM-electron reference cross section sigma-bar_e"),
            new Quantity("sigmaProtonCm2", "cm^2", "DM-proton cross section sigma_p"),
            new Quantity("pAnnCm3PerSPerGeV", "cm^3/s/GeV", "CMB energy-injection parameter p_ann (f_eff = 1)"),
            new Quantity("deltaAElectron", "", "Delta a_e from the mediator"),
            new Quantity("deltaAMuon", "", "Delta a_mu from the mediator"),
            new Quantity("epsilonLoop", "", "loop-induced kinetic mixing of the L_mu - L_tau boson at its mass"),
            new Quantity("brBToKS", "", "BR(B+ -> K+ S)"),
            new Quantity("brKToPiS", "", "BR(K+ -> pi+ S)"),
            new Quantity("width3PhotonGeV", "GeV", "V -> 3 gamma width below 2 m_e"),
            new Quantity("sommerfeldFactor", "", "Sommerfeld factor at v = 1e-3 per particle"),
            new Quantity("sigmaTransferPerMassCm2PerG", "cm^2/g", "self-interaction sigma_T/m at 1000 km/s (Born)"),
            new Quantity("couplingLimit", "", "recast coupling limit (per constraint: see the verdicts)"),
            new Quantity("yLimit", "", "recast y limit (per constraint: see the verdicts)"),
            new Quantity("brDarkMatter", "", "BR(dark matter)"),
            new Quantity("sigmaVSecludedCm3PerS", "cm^3/s", "secluded sigma v (chi chi -> mediator pairs)"),
            new Quantity("bbnLowerMassBoundGeV", "GeV", "BBN + Planck lower bound on m_chi"),
            new Quantity("boundStates", "", "1 if dark bound states exist (1.68 m_V < alpha_D m_chi), else 0"));

    private final ModelSnapshot model;
    private final MediatorDecays decays;
    private final double y;
    private final Map<String, Value> values;
    private final List<String> eagerNotes;
    private final DirectDetection.FormFactor formFactor;
    private final boolean boundStates;
    private final RelicHolder relic;

    DerivedQuantities(ModelSnapshot model, MediatorDecays decays, double y, Map<String, Value> values,
            List<String> notes, DirectDetection.FormFactor formFactor, boolean boundStates, boolean eagerRelic) {
        this.model = model;
        this.decays = decays;
        this.y = y;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        List<String> all = new ArrayList<>(notes);
        for (Map.Entry<String, Value> e : values.entrySet()) {
            Value.collectNotes(e.getKey(), e.getValue(), all);
        }
        this.eagerNotes = List.copyOf(all);
        this.formFactor = formFactor;
        this.boundStates = boundStates;
        this.relic = new RelicHolder(model);
        if (eagerRelic) {
            relic.get();
            relic.target();
        }
    }

    /** A model point with only the decays and y (the walking skeleton's constructor; no other quantity). */
    public DerivedQuantities(ModelSnapshot model, MediatorDecays decays, double y, List<String> validityNotes) {
        this(model, decays, y, Map.of(), validityNotes, DirectDetection.formFactor(model.mediatorMass()), false, false);
    }

    public ModelSnapshot model() {
        return model;
    }

    /** The mediator's partial widths. */
    public MediatorDecays decays() {
        return decays;
    }

    /** Y = coupling^2 alpha_D (m_chi/m_med)^4, dimensionless; NaN without dark matter. */
    public double y() {
        return y;
    }

    public boolean hasY() {
        return !Double.isNaN(y);
    }

    /** A derived value by its name of {@link #CATALOGUE} (not applicable if this version does not compute it). */
    public Value value(String name) {
        switch (name) {
            case "omegaH2":
                return omegaH2();
            case "sigmaVThermalCm3PerS":
            case "sigmaVCm3PerS": // shared/CLI.md: "sigma v at freeze-out velocity"
                return model.hasDarkMatter() ? relic.get().sigmaVThermal : Value.notApplicable("no dark-matter particle");
            case "yThermal":
                return thermalTarget().y();
            case "epsilonThermal":
                return thermalTarget().coupling();
            default:
                Value v = values.get(name);
                return v != null ? v : Value.notApplicable(name + " is not computed for this model");
        }
    }

    /** sigma v at freeze-out velocity [cm^3/s] (the CLI contract's sigmaVCm3PerS): the thermal average at x_f. */
    public Value sigmaVCm3PerS() {
        return value("sigmaVCm3PerS");
    }

    /** sigma v today (v = 1e-3) [cm^3/s], s channel plus secluded. */
    public Value sigmaVTodayCm3PerS() {
        return value("sigmaVTodayCm3PerS");
    }

    public Value sigmaVaCm3PerS() {
        return value("sigmaVaCm3PerS");
    }

    public Value sigmaVbCm3PerS() {
        return value("sigmaVbCm3PerS");
    }

    public Value sigmaElectronCm2() {
        return value("sigmaElectronCm2");
    }

    public Value sigmaProtonCm2() {
        return value("sigmaProtonCm2");
    }

    public Value pAnnCm3PerSPerGeV() {
        return value("pAnnCm3PerSPerGeV");
    }

    public Value deltaAElectron() {
        return value("deltaAElectron");
    }

    public Value deltaAMuon() {
        return value("deltaAMuon");
    }

    public Value xFreezeOut() {
        return value("xFreezeOut");
    }

    public Value decayLengthLabMeters() {
        return value("decayLengthLabMeters");
    }

    public Value sommerfeldFactor() {
        return value("sommerfeldFactor");
    }

    public Value sigmaTransferPerMassCm2PerG() {
        return value("sigmaTransferPerMassCm2PerG");
    }

    /** Which electron-recoil limit curves apply (FORMULAS.md 8.1). */
    public DirectDetection.FormFactor formFactor() {
        return formFactor;
    }

    /** Whether dark bound states exist (1.68 m_V &lt; alpha_D m_chi; FORMULAS.md 13.2). */
    public boolean boundStates() {
        return boundStates;
    }

    /** Omega h^2 (computed on first use unless {@link Options#withRelic()}; about 0.1-1 ms). */
    public Value omegaH2() {
        return relic.get().result.omegaH2();
    }

    /** The thermal target of this model's kind, masses and alpha_D (computed on first use; about 1-3 ms). */
    public RelicAbundance.ThermalTarget thermalTarget() {
        return relic.target();
    }

    /** Whether the relic abundance has been computed already (no cost to ask). */
    public boolean relicComputed() {
        return relic.isComputed();
    }

    /** The conditions of FORMULAS.md 15 this model fails (computes the relic abundance). */
    public List<Check> consistencyChecks() {
        return ConsistencyChecks.evaluate(this);
    }

    /**
     * One sentence per evaluator used outside its validity range (empty when all
     * are valid), each prefixed with the quantity's name; the relic notes appear
     * once the relic abundance (and the thermal target) have been computed.
     */
    public List<String> validityNotes() {
        if (!relic.isComputed()) {
            return eagerNotes;
        }
        List<String> all = new ArrayList<>(eagerNotes);
        RelicValues r = relic.get();
        Value.collectNotes("omegaH2", r.result.omegaH2(), all);
        Value.collectNotes("sigmaVThermalCm3PerS", r.sigmaVThermal, all);
        Value.collectNotes("sigmaVCm3PerS", r.sigmaVThermal, all);
        if (relic.isTargetComputed()) {
            Value.collectNotes("yThermal", relic.target().y(), all);
            Value.collectNotes("epsilonThermal", relic.target().coupling(), all);
        }
        return List.copyOf(all);
    }

    /**
     * The derived quantities under the fixed names of shared/CLI.md and FORMULAS.md
     * 16 ({@link #CATALOGUE}, in that order), each in the unit its name says; null
     * where a quantity does not apply to the model (or is per constraint, as
     * couplingLimit and yLimit). Values out of validity keep their number; their
     * reasons are in {@link #validityNotes()}. Computes the relic abundance.
     */
    public Map<String, Double> named() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Quantity q : CATALOGUE) {
            out.put(q.name(), namedNumber(q.name()));
        }
        return out;
    }

    private Double namedNumber(String name) {
        switch (name) {
            case "widthTotalGeV":
                return decays.total();
            case "widthVisibleGeV":
                return decays.visible();
            case "widthInvisibleGeV":
                return decays.invisibleWithNeutrinos();
            case "brElectrons":
                return decays.brElectrons();
            case "brMuons":
                return decays.brMuons();
            case "brTaus":
                return decays.brTaus();
            case "brHadrons":
                return decays.brHadrons();
            case "brNeutrinos":
                return decays.brNeutrinos();
            case "brInvisible":
                return decays.brInvisible();
            case "brPhotons":
                return decays.brPhotons();
            case "brDarkMatter":
                return model.hasDarkMatter() ? decays.brDarkMatter() : null;
            case "lifetimeSeconds":
                return finiteOrNull(decays.lifetimeSeconds());
            case "ctauMeters":
                return finiteOrNull(decays.ctauMeters());
            case "Y":
                return hasY() ? y : null;
            case "boundStates":
                return model.hasDarkMatter() ? (boundStates ? 1.0 : 0.0) : null;
            case "couplingLimit":
            case "yLimit":
                return null;
            default:
                return value(name).orNull();
        }
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The lazily computed relic quantities: the abundance and the thermally averaged sigma v at freeze-out. */
    record RelicValues(RelicAbundance.Result result, Value sigmaVThermal) implements java.io.Serializable {
    }

    /** Computes the relic abundance and, separately, the thermal target once, on first use, thread-safely. */
    private static final class RelicHolder implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ModelSnapshot model;
        private volatile RelicValues values;
        private volatile RelicAbundance.ThermalTarget target;

        RelicHolder(ModelSnapshot model) {
            this.model = model;
        }

        boolean isComputed() {
            return values != null;
        }

        boolean isTargetComputed() {
            return target != null;
        }

        RelicValues get() {
            RelicValues v = values;
            if (v == null) {
                synchronized (this) {
                    v = values;
                    if (v == null) {
                        v = Evaluator.relic(model);
                        values = v;
                    }
                }
            }
            return v;
        }

        RelicAbundance.ThermalTarget target() {
            RelicAbundance.ThermalTarget t = target;
            if (t == null) {
                synchronized (this) {
                    t = target;
                    if (t == null) {
                        t = RelicAbundance.thermalTarget(model);
                        target = t;
                    }
                }
            }
            return t;
        }
    }
}
