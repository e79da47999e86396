package org.darkcheck.physics.recast;

import java.util.List;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;

/**
 * The signal bookkeeping of DarkCast's eq. 2.2 at one mass: production x
 * branching fraction of the searched channels x lifetime, for the published
 * dark photon (the reference, coupling eps) and for the target mediator
 * (coupling g), in units of the dark photon's production at eps = 1.
 * Widths [GeV], lifetimes [s].
 */
final class SignalRatio {

    private final MediatorType target;
    private final double mass;
    private final boolean decayIndependent;
    private final double productionRatio;
    private final InvisibleWidth invisible;

    private final double referenceTotalUnit;
    private final double referenceBranching;

    private final double targetVisibleUnit;
    private final double targetChannelUnit;
    private final boolean targetChannelInvisible;

    SignalRatio(SearchSpec spec, MediatorType target, double massGeV, InvisibleWidth invisible) {
        this.target = target;
        this.mass = massGeV;
        this.invisible = invisible;
        this.decayIndependent = spec.isDecayIndependent();
        this.productionRatio = Productions.of(spec.production()).ratio(target, massGeV);

        // the published dark photon: Standard-Model width, plus 99 x that for invisible searches (DarkCast)
        MediatorType ap = MediatorType.DARK_PHOTON;
        double refVisible = spec.referenceStates().isEmpty()
                ? ChannelWidths.unitWidth(ap, "visible", massGeV)
                : ChannelWidths.unitWidth(ap, spec.referenceStates(), massGeV);
        double refInvisible = spec.isInvisible() ? SearchSpec.REFERENCE_INVISIBLE_TO_VISIBLE * refVisible : 0;
        this.referenceTotalUnit = refVisible + refInvisible;
        double refChannel = spec.isInvisible() ? refInvisible : 0;
        refChannel += ChannelWidths.unitWidth(ap, visibleStates(spec.finalStates()), massGeV);
        this.referenceBranching = referenceTotalUnit > 0 ? refChannel / referenceTotalUnit : 0;

        // the target: its Standard-Model width (neutrinos included) plus the given invisible width;
        // a missing-energy search sees neutrinos and dark matter alike (the physical missing-energy fraction)
        this.targetVisibleUnit = ChannelWidths.unitWidth(target, "visible", massGeV);
        this.targetChannelInvisible = spec.isInvisible();
        double channel = ChannelWidths.unitWidth(target, visibleStates(spec.finalStates()), massGeV);
        if (targetChannelInvisible) {
            channel += ChannelWidths.unitNeutrinoWidth(target, massGeV);
        }
        this.targetChannelUnit = channel;
    }

    private static List<String> visibleStates(List<String> states) {
        return states.stream().filter(s -> !"invisible".equals(s) && !"none".equals(s)).toList();
    }

    double mass() {
        return mass;
    }

    MediatorType target() {
        return target;
    }

    /** Whether the target can give a signal at all at this mass (DarkCast skips such masses). */
    boolean isRecastable() {
        if (productionRatio <= 0 || !(referenceBranching > 0) && !decayIndependent) {
            return false;
        }
        if (decayIndependent) {
            return true;
        }
        return targetChannelUnit > 0 || targetChannelInvisible && invisible.gev(1, targetVisibleUnit) > 0;
    }

    boolean isDecayIndependent() {
        return decayIndependent;
    }

    double productionRatio() {
        return productionRatio;
    }

    /** The published dark photon's lifetime at eps = 1 [s]. */
    double referenceTauUnit() {
        return Constants.HBAR_GEV_S / referenceTotalUnit;
    }

    /** ln of the reference signal eps^2 BR E(tau(eps)) for acceptance window w (null = E = 1). */
    double lnReference(double eps, LifetimeWindow w) {
        double lnS = 2 * Math.log(eps);
        if (decayIndependent) {
            return lnS;
        }
        lnS += Math.log(referenceBranching);
        if (w != null) {
            lnS += w.lnAcceptance(referenceTauUnit() / (eps * eps));
        }
        return lnS;
    }

    /** The target's total width at coupling g [GeV]. */
    double targetTotal(double g) {
        double visible = g * g * targetVisibleUnit;
        return visible + invisible.gev(g, visible);
    }

    /** The target's branching fraction into the searched channels at coupling g. */
    double targetBranching(double g) {
        double visible = g * g * targetVisibleUnit;
        double inv = invisible.gev(g, visible);
        double channel = g * g * targetChannelUnit + (targetChannelInvisible ? inv : 0);
        double total = visible + inv;
        return total > 0 ? channel / total : 0;
    }

    /** ln of the target signal g^2 (sigma_X/sigma_A') BR_X E(tau_X(g)) for window w (null = E = 1). */
    double lnTarget(double g, LifetimeWindow w) {
        double lnS = 2 * Math.log(g) + Math.log(productionRatio);
        if (decayIndependent) {
            return lnS;
        }
        lnS += Math.log(targetBranching(g));
        if (w != null) {
            lnS += w.lnAcceptance(Constants.HBAR_GEV_S / targetTotal(g));
        }
        return lnS;
    }

    /** The target coupling whose lifetime is tau [s], or NaN if none (the invisible width alone is shorter). */
    double targetCouplingAtLifetime(double tau) {
        double width = Constants.HBAR_GEV_S / tau;
        double lo = 1e-30;
        double hi = 1;
        if (targetTotal(lo) >= width) {
            return Double.NaN;
        }
        for (int i = 0; i < 200 && targetTotal(hi) < width; i++) {
            hi *= 10;
        }
        if (targetTotal(hi) < width) {
            return Double.NaN;
        }
        for (int i = 0; i < 300 && hi / lo > 1 + 1e-13; i++) {
            double mid = Math.sqrt(lo * hi);
            if (targetTotal(mid) < width) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    /** ln of (eps^2 BR_A') / (g^2 (sigma_X/sigma_A') BR_X(g)) at equal acceptance. */
    double lnPromptRatio(double eps, double g) {
        return lnReference(eps, null) - lnTarget(g, null);
    }
}
