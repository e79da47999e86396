package org.darkcheck.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.relic.RelicAbundance;
import org.darkcheck.physics.units.Quantities;
import org.darkcheck.physics.units.QuantityFormatException;

/**
 * {@code ./darkcheck relic-target --set KEY=VALUE ... --ratio R --from MASS --to MASS [--points N]}
 * (shared/CLI.md): the thermal-target line. For the dark-matter kind, mediator and
 * alpha-d given with {@code --set}, and m_mediator = R m_chi, the coupling that
 * gives Omega h^2 = 0.120 at each m_chi, log-spaced from {@code --from} to
 * {@code --to} (default 50 points), as CSV with the header
 * {@code dm_mass_GeV,mediator_mass_GeV,coupling,Y}. A point whose coupling is out
 * of validity (e.g. not perturbative) is printed with a warning on standard error;
 * a point without a thermal coupling has empty coupling and Y.
 */
final class RelicTargetCommand {

    static final String HEADER = "dm_mass_GeV,mediator_mass_GeV,coupling,Y";
    private static final Set<String> OPTIONS = Set.of("ratio", "from", "to", "points");
    private static final Set<String> KEYS = Set.of("mediator", "dm", "alpha-d", "dm.splitting", "mediator.coupling");
    private static final Set<String> MASS_KEYS = Set.of("dm.mass", "mediator.mass");

    private RelicTargetCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments a = Arguments.parse("relic-target", args, OPTIONS);
        if (!a.positional.isEmpty()) {
            throw new UsageException("relic-target takes no model file, got " + a.positional + " (use --set KEY=VALUE)");
        }
        for (String key : a.settings.keySet()) {
            if (MASS_KEYS.contains(key)) {
                throw new UsageException("relic-target sets the masses itself: remove --set " + key
                        + " and use --from, --to and --ratio");
            }
            if (!KEYS.contains(key)) {
                throw new UsageException("unknown key '" + key + "' for relic-target (keys: mediator, dm, alpha-d, "
                        + "dm.splitting, mediator.coupling; see './darkcheck keys')");
            }
        }
        Map<String, String> s = a.settings;
        MediatorType mediator = MediatorType.ofKey(s.getOrDefault("mediator", "dark-photon").strip());
        if (mediator == null) {
            throw new UsageException("mediator '" + s.get("mediator") + "' is not one of dark-photon, dark-scalar, lmu-ltau, b-l");
        }
        String dmText = s.get("dm");
        if (dmText == null) {
            throw new UsageException("relic-target needs a dark-matter kind: --set dm=complex-scalar|dirac|majorana|pseudo-dirac");
        }
        DarkMatterType kind = DarkMatterType.ofKey(dmText.strip());
        if (kind == null || kind == DarkMatterType.NONE) {
            throw new UsageException("dm '" + dmText + "' is not one of complex-scalar, dirac, majorana, pseudo-dirac");
        }
        try {
            double alphaD = Quantities.parseNumber("alpha-d", s.getOrDefault("alpha-d", "0.5"));
            if (!(alphaD > 0 && alphaD <= 1)) {
                throw new UsageException("alpha-d must be above 0 and at most 1, got " + alphaD);
            }
            double splitting = Quantities.parseNonNegativeMassGeV("dm.splitting", s.getOrDefault("dm.splitting", "0"));
            if (splitting > 0 && kind != DarkMatterType.PSEUDO_DIRAC) {
                throw new UsageException("dm.splitting applies to pseudo-dirac only");
            }
            double guess = Quantities.parseNumber("mediator.coupling", s.getOrDefault("mediator.coupling", "1e-4"));
            if (!(guess > 0 && guess < 1)) {
                throw new UsageException("mediator.coupling (the starting guess) must be between 0 and 1, got " + guess);
            }
            String ratioText = a.option("ratio", null);
            String fromText = a.option("from", null);
            String toText = a.option("to", null);
            if (ratioText == null || fromText == null || toText == null) {
                throw new UsageException("relic-target needs --ratio R, --from MASS and --to MASS");
            }
            double ratio = Quantities.parseNumber("--ratio", ratioText);
            if (!(ratio > 1)) {
                throw new UsageException("--ratio must be above 1 (m_mediator > m_chi), got " + ratioText
                        + ": below, secluded annihilation makes the relic abundance independent of the coupling");
            }
            double from = Quantities.parsePositiveMassGeV("--from", fromText);
            double to = Quantities.parsePositiveMassGeV("--to", toText);
            if (!(to >= from)) {
                throw new UsageException("--to (" + Quantities.formatMass(to) + ") must not be below --from ("
                        + Quantities.formatMass(from) + ")");
            }
            if (splitting >= from) {
                throw new UsageException("dm.splitting must be below the lightest dark-matter mass --from");
            }
            int points = parsePoints(a.option("points", "50"));
            if (from == to) {
                points = 1;
            }
            out.println(HEADER);
            for (int i = 0; i < points; i++) {
                double mChi = points == 1 ? from : from * Math.pow(to / from, (double) i / (points - 1));
                double mMed = ratio * mChi;
                ModelSnapshot model = new ModelSnapshot(mediator, mMed, guess, kind, mChi, splitting, alphaD);
                RelicAbundance.ThermalTarget t = RelicAbundance.thermalTarget(model);
                Value c = t.coupling();
                boolean finite = Double.isFinite(c.number());
                out.println(String.format(Locale.ROOT, "%.6g,%.6g,%s,%s", mChi, mMed,
                        finite ? String.format(Locale.ROOT, "%.6g", c.number()) : "",
                        finite ? String.format(Locale.ROOT, "%.6g", t.y().number()) : ""));
                if (!c.isValid()) {
                    err.println("darkcheck: warning: m_chi = " + Quantities.formatMass(mChi) + ": " + c.note());
                }
            }
            out.flush();
            return DarkCheckCommandLine.OK;
        } catch (QuantityFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int parsePoints(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 2 || n > 100000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--points takes a whole number from 2 to 100000, got '" + text + "'");
        }
    }
}
