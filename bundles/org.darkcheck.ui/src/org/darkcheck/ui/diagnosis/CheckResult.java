package org.darkcheck.ui.diagnosis;

import org.darkcheck.engine.Diagnosis;
import org.eclipse.core.resources.IFile;

/**
 * The outcome of checking one model file: a diagnosis, or the reason the
 * model could not be evaluated.
 *
 * @param file      the .darkside file
 * @param pointName the model point diagnosed
 * @param diagnosis the diagnosis, or null when the model could not be evaluated
 * @param problem   why it could not be evaluated, or null
 */
public record CheckResult(IFile file, String pointName, Diagnosis diagnosis, String problem) {
}
