package org.darkcheck.ui.diagnosis;

import org.darkcheck.model.ModelRules;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Problems-view markers for what a model says about itself: the EMF
 * validator's diagnostics (org.darkcheck.model.ModelRules), each with its
 * stable id, replaced whenever the model changes.
 */
public final class ModelMarkers {

    /** The marker type declared in plugin.xml (a problem marker). */
    public static final String TYPE = "org.darkcheck.ui.model";
    /** The stable id of the check, e.g. MODEL-ALPHA-D-RANGE. */
    public static final String DIAGNOSTIC_ID = "diagnosticId";

    private ModelMarkers() {
    }

    private static final java.util.Map<IFile, String> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Validates the study now (cheap) and, when the diagnostics differ from the
     * markers already written, replaces the markers in a background workspace job.
     */
    public static void update(IFile file, Study study) {
        if (file == null || !file.exists() || study == null) {
            return;
        }
        Diagnostic result = Diagnostician.INSTANCE.validate(study);
        StringBuilder signature = new StringBuilder();
        for (Diagnostic d : result.getChildren()) {
            signature.append(d.getSeverity()).append(d.getMessage()).append('\n');
        }
        if (signature.toString().equals(WRITTEN.put(file, signature.toString()))) {
            return;
        }
        java.util.List<Diagnostic> diagnostics = java.util.List.copyOf(result.getChildren());
        java.util.List<String> points = new java.util.ArrayList<>();
        for (Diagnostic d : diagnostics) {
            ModelPoint point = pointOf(d);
            points.add(point == null ? null : point.getName());
        }
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob("DarkCheck: model markers") {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor)
                    throws CoreException {
                if (file.exists()) {
                    write(file, diagnostics, points);
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(file);
        job.schedule();
    }

    private static void write(IFile file, java.util.List<Diagnostic> diagnostics, java.util.List<String> points)
            throws CoreException {
        IWorkspaceRunnable replace = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (int i = 0; i < diagnostics.size(); i++) {
                Diagnostic d = diagnostics.get(i);
                IMarker m = file.createMarker(TYPE);
                m.setAttribute(IMarker.SEVERITY, switch (d.getSeverity()) {
                    case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
                    case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
                    default -> IMarker.SEVERITY_INFO;
                });
                m.setAttribute(IMarker.MESSAGE, d.getMessage());
                String id = ModelRules.idOf(d);
                if (id != null) {
                    m.setAttribute(DIAGNOSTIC_ID, id);
                }
                if (points.get(i) != null) {
                    m.setAttribute(IMarker.LOCATION, points.get(i));
                }
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(replace, file, IResource.NONE, null);
        } catch (CoreException e) {
            ILog.of(ModelMarkers.class).error("could not update the markers of " + file.getFullPath(), e);
        }
    }

    private static ModelPoint pointOf(Diagnostic d) {
        if (d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o)) {
            return null;
        }
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof ModelPoint p) {
                return p;
            }
        }
        return null;
    }
}
