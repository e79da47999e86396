package org.darkcheck.ui.views;

import java.util.List;

/** The rows of one plane (epsilon-vs-mass, y-vs-dm-mass ...), when the view groups by plane. */
record PlaneGroup(String plane, List<ConstraintRow> rows) {
}
