package org.darkcheck.engine.scan;

import java.util.List;

import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.units.Quantities;

/**
 * The numeric command-line keys (shared/CLI.md) that a scan can vary, mapped
 * onto a {@link ModelSnapshot} without EMF, so that the per-point function of a
 * scan stays plain Java (it runs in Spark executors too).
 */
public final class SnapshotKeys {

    /** The keys a scan axis may use. */
    public static final List<String> SCANNABLE = List.of("mediator.mass", "mediator.coupling", "dm.mass",
            "dm.splitting", "alpha-d");

    private SnapshotKeys() {
    }

    public static boolean isMass(String key) {
        return key.equals("mediator.mass") || key.equals("dm.mass") || key.equals("dm.splitting");
    }

    /** The model with one key set to a value (masses in GeV). */
    public static ModelSnapshot with(ModelSnapshot m, String key, double value) {
        return switch (key) {
            case "mediator.mass" -> new ModelSnapshot(m.mediator(), value, m.coupling(), m.darkMatter(), m.darkMatterMass(),
                    m.splitting(), m.alphaD(), m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
            case "mediator.coupling" -> new ModelSnapshot(m.mediator(), m.mediatorMass(), value, m.darkMatter(),
                    m.darkMatterMass(), m.splitting(), m.alphaD(), m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
            case "dm.mass" -> new ModelSnapshot(m.mediator(), m.mediatorMass(), m.coupling(), m.darkMatter(), value,
                    m.splitting(), m.alphaD(), m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
            case "dm.splitting" -> new ModelSnapshot(m.mediator(), m.mediatorMass(), m.coupling(), m.darkMatter(),
                    m.darkMatterMass(), value, m.alphaD(), m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
            case "alpha-d" -> new ModelSnapshot(m.mediator(), m.mediatorMass(), m.coupling(), m.darkMatter(),
                    m.darkMatterMass(), m.splitting(), value, m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
            default -> throw new IllegalArgumentException("'" + key + "' cannot be scanned (scannable: "
                    + String.join(", ", SCANNABLE) + ")");
        };
    }

    /** The value of a key in a model. */
    public static double get(ModelSnapshot m, String key) {
        return switch (key) {
            case "mediator.mass" -> m.mediatorMass();
            case "mediator.coupling" -> m.coupling();
            case "dm.mass" -> m.darkMatterMass();
            case "dm.splitting" -> m.splitting();
            case "alpha-d" -> m.alphaD();
            default -> throw new IllegalArgumentException("'" + key + "' cannot be scanned");
        };
    }

    /** A value of a key as text: masses with a unit, numbers plain. */
    public static String format(String key, double value) {
        return isMass(key) ? Quantities.formatMass(value) : Quantities.formatNumber(value);
    }
}
