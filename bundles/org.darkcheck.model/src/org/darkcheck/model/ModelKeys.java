package org.darkcheck.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.DarksideFactory;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.units.Quantities;
import org.darkcheck.physics.units.QuantityFormatException;

/**
 * The command-line model keys of shared/CLI.md, mapped one to one onto the
 * metamodel: setting a key sets the attribute it names.
 */
public final class ModelKeys {

    /**
     * One key.
     *
     * @param name    the key, e.g. "mediator.mass"
     * @param values  what it takes, e.g. "mass" or "dark-photon"
     * @param meaning one sentence
     */
    public record Key(String name, String values, String meaning) {
    }

    public static final String MEDIATOR = "mediator";
    public static final String MEDIATOR_MASS = "mediator.mass";
    public static final String MEDIATOR_COUPLING = "mediator.coupling";
    public static final String MEDIATOR_DARK_MATTER = "mediator.dark-matter";
    public static final String DM = "dm";
    public static final String DM_MASS = "dm.mass";
    public static final String DM_SPLITTING = "dm.splitting";
    public static final String DM_ALL_OF_DARK_MATTER = "dm.all-of-dark-matter";
    public static final String DM_THERMAL = "dm.thermal";
    public static final String ALPHA_D = "alpha-d";

    public static final List<Key> ALL = List.of(
            new Key(MEDIATOR, kindValues(), "the mediator that connects the dark sector to the Standard Model"),
            new Key(MEDIATOR_MASS, "mass (eV, keV, MeV, GeV; no unit = GeV)", "m_A', the mediator mass"),
            new Key(MEDIATOR_COUPLING, "number", "epsilon for dark-photon, sin(theta) for dark-scalar, g for lmu-ltau and b-l"),
            new Key(MEDIATOR_DARK_MATTER, "true/false (default false)", "the mediator itself is all of the dark matter"),
            new Key(DM, "none (default), " + dmValues(), "the dark-matter particle chi"),
            new Key(DM_MASS, "mass", "m_chi (the lighter state for pseudo-dirac)"),
            new Key(DM_SPLITTING, "mass", "m_chi2 - m_chi1 for pseudo-dirac"),
            new Key(DM_ALL_OF_DARK_MATTER, "true/false (default true)", "chi is all of the dark matter"),
            new Key(DM_THERMAL, "true/false (default true)", "chi's abundance is set by thermal freeze-out"),
            new Key(ALPHA_D, "number (default 0.5)", "alpha_D = g_D^2/4pi"));

    private ModelKeys() {
    }

    private static String kindValues() {
        List<String> names = new ArrayList<>();
        for (MediatorKind k : MediatorKind.VALUES) {
            names.add(k.getLiteral());
        }
        return String.join(", ", names);
    }

    private static String dmValues() {
        List<String> names = new ArrayList<>();
        for (DarkMatterKind k : DarkMatterKind.VALUES) {
            names.add(k.getLiteral());
        }
        return String.join(", ", names);
    }

    /** A new study with one model point "BP1": a dark photon with no mass or coupling set yet, no dark matter. */
    public static Study newStudy() {
        DarksideFactory f = DarksideFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("study");
        ModelPoint point = f.createModelPoint();
        point.setName("BP1");
        Mediator mediator = f.createMediator();
        mediator.setKind(MediatorKind.DARK_PHOTON);
        point.setMediator(mediator);
        study.getPoints().add(point);
        return study;
    }

    /**
     * Sets keys on a model point, the kinds ({@code mediator}, {@code dm}) first so
     * that the order on the command line does not matter.
     */
    public static void apply(ModelPoint point, Map<String, String> settings) throws InvalidModelException {
        for (String key : settings.keySet()) {
            if (ALL.stream().noneMatch(k -> k.name().equals(key))) {
                throw new InvalidModelException(key, "unknown key '" + key + "' (see './darkcheck keys')");
            }
        }
        if (settings.containsKey(MEDIATOR)) {
            set(point, MEDIATOR, settings.get(MEDIATOR));
        }
        if (settings.containsKey(DM)) {
            set(point, DM, settings.get(DM));
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!e.getKey().equals(MEDIATOR) && !e.getKey().equals(DM)) {
                set(point, e.getKey(), e.getValue());
            }
        }
    }

    /**
     * The typed value of a key's text: a mass in GeV or a number as Double, a flag
     * as Boolean, a kind as its EMF enum literal; {@code dm=none} gives null.
     */
    public static Object parse(String key, String value) throws InvalidModelException {
        try {
            return switch (key) {
                case MEDIATOR -> {
                    MediatorKind kind = MediatorKind.get(value.strip());
                    if (kind == null) {
                        throw new InvalidModelException(key, "mediator '" + value + "' is not one of " + kindValues());
                    }
                    yield kind;
                }
                case DM -> {
                    String v = value.strip();
                    if (v.equals("none")) {
                        yield null;
                    }
                    DarkMatterKind kind = DarkMatterKind.get(v);
                    if (kind == null) {
                        throw new InvalidModelException(key, "dm '" + value + "' is not one of none, " + dmValues());
                    }
                    yield kind;
                }
                case MEDIATOR_MASS, DM_MASS -> Quantities.parsePositiveMassGeV(key, value);
                case DM_SPLITTING -> Quantities.parseNonNegativeMassGeV(key, value);
                case MEDIATOR_COUPLING, ALPHA_D -> Quantities.parseNumber(key, value);
                case MEDIATOR_DARK_MATTER, DM_ALL_OF_DARK_MATTER, DM_THERMAL -> parseBoolean(key, value);
                default -> throw new InvalidModelException(key, "unknown key '" + key + "' (see './darkcheck keys')");
            };
        } catch (QuantityFormatException e) {
            throw new InvalidModelException(key, e.getMessage());
        }
    }

    /** Sets one key. */
    public static void set(ModelPoint point, String key, String value) throws InvalidModelException {
        Object v = parse(key, value);
        switch (key) {
            case MEDIATOR -> mediator(point).setKind((MediatorKind) v);
            case MEDIATOR_MASS -> mediator(point).setMass((Double) v);
            case MEDIATOR_COUPLING -> mediator(point).setCoupling((Double) v);
            case MEDIATOR_DARK_MATTER -> mediator(point).setDarkMatter((Boolean) v);
            case DM -> {
                if (v == null) {
                    point.setDarkMatter(null);
                } else {
                    darkMatter(point, key).setKind((DarkMatterKind) v);
                }
            }
            case DM_MASS -> darkMatter(point, key).setMass((Double) v);
            case DM_SPLITTING -> darkMatter(point, key).setSplitting((Double) v);
            case DM_ALL_OF_DARK_MATTER -> darkMatter(point, key).setAllOfDarkMatter((Boolean) v);
            case DM_THERMAL -> darkMatter(point, key).setThermal((Boolean) v);
            case ALPHA_D -> point.setAlphaD((Double) v);
            default -> throw new InvalidModelException(key, "unknown key '" + key + "' (see './darkcheck keys')");
        }
    }

    static boolean parseBoolean(String key, String value) throws InvalidModelException {
        String v = value.strip();
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new InvalidModelException(key, key + " must be true or false, got '" + value + "'");
    }

    private static Mediator mediator(ModelPoint point) {
        if (point.getMediator() == null) {
            Mediator m = DarksideFactory.eINSTANCE.createMediator();
            m.setKind(MediatorKind.DARK_PHOTON);
            point.setMediator(m);
        }
        return point.getMediator();
    }

    private static DarkMatter darkMatter(ModelPoint point, String key) throws InvalidModelException {
        if (point.getDarkMatter() == null) {
            if (!key.equals(DM)) {
                throw new InvalidModelException(key, key + " needs a dark-matter particle: set dm=KIND too");
            }
            point.setDarkMatter(DarksideFactory.eINSTANCE.createDarkMatter());
        }
        return point.getDarkMatter();
    }

    /**
     * The model point as key/value pairs in key order: kinds as strings, masses as
     * {value, unit} maps in GeV, numbers as numbers (for the JSON "model" object).
     */
    public static Map<String, Object> describe(ModelPoint point) {
        Map<String, Object> out = new LinkedHashMap<>();
        Mediator m = point.getMediator();
        out.put(MEDIATOR, m == null ? null : m.getKind().getLiteral());
        out.put(MEDIATOR_MASS, m == null ? null : mass(m.getMass()));
        out.put(MEDIATOR_COUPLING, m == null ? null : m.getCoupling());
        out.put(MEDIATOR_DARK_MATTER, m != null && m.isDarkMatter());
        DarkMatter dm = point.getDarkMatter();
        out.put(DM, dm == null ? "none" : dm.getKind().getLiteral());
        if (dm != null) {
            out.put(DM_MASS, mass(dm.getMass()));
            if (dm.getKind() == DarkMatterKind.PSEUDO_DIRAC) {
                out.put(DM_SPLITTING, mass(dm.getSplitting()));
            }
            out.put(DM_ALL_OF_DARK_MATTER, dm.isAllOfDarkMatter());
            out.put(DM_THERMAL, dm.isThermal());
        }
        out.put(ALPHA_D, point.getAlphaD());
        return out;
    }

    private static Map<String, Object> mass(double gev) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("value", gev);
        q.put("unit", "GeV");
        return q;
    }
}
