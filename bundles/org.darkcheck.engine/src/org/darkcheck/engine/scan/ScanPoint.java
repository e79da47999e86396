package org.darkcheck.engine.scan;

import org.darkcheck.engine.Status;

/**
 * The result of one grid point: its coordinates, the overall status and the
 * strongest constraint (the excluding or allowing verdict with the largest r).
 *
 * @param index      position in the grid (x fastest)
 * @param x          value of the x key
 * @param y          value of the y key (NaN for a 1-D scan)
 * @param overall    EXCLUDED or ALLOWED
 * @param strongest  id of the strongest constraint, or null when none applies
 * @param r          its r, or NaN
 * @param omegaH2    relic abundance when it was computed, else NaN
 */
public record ScanPoint(long index, double x, double y, Status overall, String strongest, double r, double omegaH2)
        implements java.io.Serializable {
}
