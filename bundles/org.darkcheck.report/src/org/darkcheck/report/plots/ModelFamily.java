package org.darkcheck.report.plots;

import org.darkcheck.physics.ModelSnapshot;

/**
 * The one-parameter family of models a limit plane draws: the model point
 * with its mass on the plane's x axis changed and everything else that the
 * published curves hold fixed kept fixed (alpha_D, the ratio m_chi/m_A', the
 * dark-matter kind, the assumptions). A curve drawn for this family is the
 * published limit rescaled to this model.
 */
public final class ModelFamily {

    /** Which mass the plane's x axis is. */
    public enum XAxis {
        MEDIATOR_MASS("m_med [GeV]"), DARK_MATTER_MASS("m_chi [GeV]");

        public final String label;

        XAxis(String label) {
            this.label = label;
        }
    }

    private ModelFamily() {
    }

    /** The x axis of a plane named like "y-vs-dm-mass" or "epsilon-vs-mass". */
    public static XAxis axisOf(String plane) {
        String p = plane == null ? "" : plane.toLowerCase(java.util.Locale.ROOT);
        return p.contains("dm-mass") || p.contains("chi-mass") || p.contains("m_chi") || p.startsWith("y-")
                || p.startsWith("sigma") ? XAxis.DARK_MATTER_MASS : XAxis.MEDIATOR_MASS;
    }

    /** The member of the family at mass x (GeV). */
    public static ModelSnapshot at(ModelSnapshot m, XAxis axis, double x) {
        double ratio = m.hasDarkMatter() && m.mediatorMass() > 0 ? m.darkMatterMass() / m.mediatorMass() : 0;
        double mediator;
        double dm;
        if (axis == XAxis.MEDIATOR_MASS) {
            mediator = x;
            dm = m.hasDarkMatter() ? x * ratio : m.darkMatterMass();
        } else {
            dm = x;
            mediator = ratio > 0 ? x / ratio : m.mediatorMass();
        }
        double splitting = m.darkMatterMass() > 0 ? m.splitting() * dm / m.darkMatterMass() : m.splitting();
        return new ModelSnapshot(m.mediator(), mediator, m.coupling(), m.darkMatter(), dm, splitting, m.alphaD(),
                m.mediatorIsDarkMatter(), m.allOfDarkMatter(), m.thermal());
    }

    /** The model's own position on the axis. */
    public static double x(ModelSnapshot m, XAxis axis) {
        return axis == XAxis.MEDIATOR_MASS ? m.mediatorMass() : m.darkMatterMass();
    }
}
