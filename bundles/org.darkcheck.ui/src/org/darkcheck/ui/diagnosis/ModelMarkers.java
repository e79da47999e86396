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

    public static void update(IFile file, Study study) {
        if (file == null || !file.exists() || study == null) {
            return;
        }
        Diagnostic result = Diagnostician.INSTANCE.validate(study);
        IWorkspaceRunnable replace = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Diagnostic d : result.getChildren()) {
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
                ModelPoint point = pointOf(d);
                if (point != null && point.getName() != null) {
                    m.setAttribute(IMarker.LOCATION, point.getName());
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
