package org.darkcheck.ui.diagnosis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.ui.diagnosis.CheckResult.PointResult;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;


/**
 * Problems-view markers of a model file: one error per EXCLUDED verdict of
 * each model point, one error per point that cannot be evaluated. Written by
 * a background workspace job that always writes the newest result (markers
 * lag the Constraints view by a few milliseconds, never show an older state).
 */
public final class VerdictMarkers {

    /** The marker type declared in plugin.xml (a problem marker). */
    public static final String TYPE = "org.darkcheck.ui.verdict";
    public static final String CONSTRAINT_ID = "constraintId";
    public static final String MODEL_POINT = "modelPoint";

    private final Map<IFile, CheckResult> pending = new ConcurrentHashMap<>();
    private final WorkspaceJob job = new WorkspaceJob("DarkCheck: updating verdict markers") {
        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            for (IFile file : java.util.List.copyOf(pending.keySet())) {
                CheckResult result = pending.remove(file);
                if (result != null && file.exists()) {
                    write(result);
                }
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }
    };

    VerdictMarkers() {
        job.setSystem(true);
    }

    /**
     * Markers are rewritten {@value #QUIET_MILLIS} ms after the last check (the newest result), so that
     * a burst of edits does not churn the Problems view; the Constraints view follows every edit.
     */
    private static final long QUIET_MILLIS = 400;

    void update(CheckResult result) {
        pending.put(result.file(), result);
        job.cancel();
        job.schedule(QUIET_MILLIS);
    }

    private static void write(CheckResult result) throws CoreException {
        IFile file = result.file();
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (PointResult point : result.points()) {
            if (point.diagnosis() == null) {
                IMarker m = file.createMarker(TYPE);
                m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                m.setAttribute(IMarker.MESSAGE, "Model point " + point.name() + " cannot be evaluated: " + point.problem());
                m.setAttribute(IMarker.LOCATION, point.name());
                m.setAttribute(MODEL_POINT, point.name());
                continue;
            }
            for (Verdict v : point.diagnosis().verdicts()) {
                if (v.status() == Status.EXCLUDED && v.constraint().kind().decidesOverall()) {
                    IMarker m = file.createMarker(TYPE);
                    m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                    m.setAttribute(IMarker.MESSAGE, point.name() + " excluded by " + v.id() + ": " + v.reason());
                    m.setAttribute(IMarker.LOCATION, point.name());
                    m.setAttribute(CONSTRAINT_ID, v.id());
                    m.setAttribute(MODEL_POINT, point.name());
                }
            }
        }
    }
}
