package org.darkcheck.ui.diagnosis;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Problems-view markers of a model file: one error per EXCLUDED verdict, one
 * error when the model cannot be evaluated. Replaced on every check.
 */
public final class VerdictMarkers {

    /** The marker type declared in plugin.xml (a problem marker). */
    public static final String TYPE = "org.darkcheck.ui.verdict";
    public static final String CONSTRAINT_ID = "constraintId";
    public static final String MODEL_POINT = "modelPoint";

    private VerdictMarkers() {
    }

    static void update(CheckResult result) {
        IFile file = result.file();
        if (!file.exists()) {
            return;
        }
        IWorkspaceRunnable replace = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            if (result.diagnosis() == null) {
                IMarker m = file.createMarker(TYPE);
                m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                m.setAttribute(IMarker.MESSAGE, "Model " + result.pointName() + " cannot be evaluated: " + result.problem());
                m.setAttribute(IMarker.LOCATION, result.pointName());
                m.setAttribute(MODEL_POINT, result.pointName());
                return;
            }
            for (Verdict v : result.diagnosis().verdicts()) {
                if (v.status() == Status.EXCLUDED) {
                    IMarker m = file.createMarker(TYPE);
                    m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                    m.setAttribute(IMarker.MESSAGE, v.id() + ": " + v.reason());
                    m.setAttribute(IMarker.LOCATION, result.pointName());
                    m.setAttribute(CONSTRAINT_ID, v.id());
                    m.setAttribute(MODEL_POINT, result.pointName());
                }
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(replace, file, IResource.NONE, null);
        } catch (CoreException e) {
            ILog.of(VerdictMarkers.class).error("could not update the markers of " + file.getFullPath(), e);
        }
    }
}
