package org.darkcheck.ui.views;

import java.util.List;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Verdict;

/**
 * One row of the Constraints view (its selection): a constraint and its verdict for each model
 * point of the study (null where a point could not be evaluated).
 */
public record ConstraintRow(Constraint constraint, List<Verdict> perPoint) {
}
