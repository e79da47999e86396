package org.darkcheck.ui.diagnosis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.engine.catalog.KnowledgeSource;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * The physicist's own constraints in the workbench: the {@value #FOLDER} folder at the top of every open
 * project holds constraint files ({@code .limit}) and their rules ({@code .drl}) in the format of
 * rules/README.md. Saving, adding or deleting such a file reloads the knowledge base in the background and
 * re-checks the open models, with no rebuild and no restart; a file that does not load gets a Problems-view
 * marker naming its line and the reason, and every other constraint keeps working.
 */
public final class UserConstraints implements IResourceChangeListener {

    /** The folder, at the top of a project, that holds the user's constraints. */
    public static final String FOLDER = "constraints";

    /** The marker type declared in plugin.xml (a problem marker) for files of the knowledge base that do not load. */
    public static final String MARKER = "org.darkcheck.ui.knowledge";

    private final Runnable reload;

    UserConstraints(Runnable reload) {
        this.reload = reload;
    }

    /** The user-constraint folders that exist now, in open projects. */
    static List<IFolder> folders() {
        List<IFolder> out = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                IFolder folder = project.getFolder(FOLDER);
                if (folder.exists() && folder.getLocation() != null) {
                    out.add(folder);
                }
            }
        }
        return out;
    }

    /**
     * The knowledge sources of the folders; a folder that cannot be read is reported in {@code problems}
     * and left out.
     */
    static List<KnowledgeSource> sources(List<IFolder> folders, List<KnowledgeProblem> problems) {
        List<KnowledgeSource> out = new ArrayList<>();
        for (IFolder folder : folders) {
            Path path = folder.getLocation().toFile().toPath();
            try {
                out.add(KnowledgeSource.fromFolder(path));
            } catch (IOException | RuntimeException e) {
                problems.add(new KnowledgeProblem(path.toString(), 0, "cannot read the folder: " + e.getMessage()));
            }
        }
        return out;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta != null && concerns(delta)) {
            reload.run();
        }
    }

    /** Whether a change touches a user constraint, a constraints folder, or opens or closes a project that has one. */
    static boolean concerns(IResourceDelta delta) {
        IResource r = delta.getResource();
        if (r.getType() == IResource.PROJECT && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
            return true;
        }
        if (r.getType() == IResource.FOLDER && r.getParent().getType() == IResource.PROJECT && FOLDER.equals(r.getName())
                && (delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED)) {
            return true;
        }
        if (r.getType() == IResource.FILE && isUserConstraintFile(r)
                && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0
                        || (delta.getFlags() & IResourceDelta.REPLACED) != 0)) {
            return true;
        }
        for (IResourceDelta child : delta.getAffectedChildren()) {
            if (concerns(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUserConstraintFile(IResource file) {
        String ext = file.getFileExtension();
        if (!"limit".equals(ext) && !"drl".equals(ext)) {
            return false;
        }
        IContainer top = file.getParent();
        while (top != null && top.getParent() != null && top.getParent().getType() != IResource.PROJECT) {
            top = top.getParent();
        }
        return top != null && top.getType() == IResource.FOLDER && FOLDER.equals(top.getName());
    }

    /** The newest problems to mark, taken by the marking job (a later reload replaces an earlier one). */
    private static final java.util.concurrent.atomic.AtomicReference<Marking> PENDING =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record Marking(List<IFolder> folders, List<KnowledgeProblem> problems) {
    }

    private static final WorkspaceJob MARKING = new WorkspaceJob("DarkCheck: marking user constraints") {
        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            Marking m = PENDING.getAndSet(null);
            if (m != null) {
                write(m.folders(), m.problems());
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }
    };

    static {
        MARKING.setSystem(true);
        MARKING.setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    /**
     * Rewrites the knowledge markers of the user's files in the background: one error per problem, on its line.
     * Only the newest reload's problems are written, so markers never go back to an older state.
     */
    static void mark(List<IFolder> folders, List<KnowledgeProblem> problems) {
        PENDING.set(new Marking(List.copyOf(folders), List.copyOf(problems)));
        MARKING.schedule();
    }

    private static void write(List<IFolder> folders, List<KnowledgeProblem> problems) throws CoreException {
        for (IFolder folder : folders) {
            if (folder.exists()) {
                folder.deleteMarkers(MARKER, false, IResource.DEPTH_INFINITE);
            }
        }
        for (KnowledgeProblem p : problems) {
            IResource target = resourceOf(p.file());
            if (target == null) {
                ILog.of(UserConstraints.class).warn("knowledge base: " + p);
                continue;
            }
            IMarker m = target.createMarker(MARKER);
            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            m.setAttribute(IMarker.MESSAGE, target.getName() + (p.line() > 0 ? ":" + p.line() : "") + ": "
                    + p.message() + " (this constraint is disabled; every other one still applies)");
            if (p.line() > 0) {
                m.setAttribute(IMarker.LINE_NUMBER, p.line());
            }
        }
    }

    private static IResource resourceOf(String fileSystemPath) {
        if (fileSystemPath == null) {
            return null;
        }
        org.eclipse.core.runtime.IPath location = org.eclipse.core.runtime.Path.fromOSString(fileSystemPath);
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
        if (file != null && file.exists()) {
            return file;
        }
        IContainer container = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(location);
        return container != null && container.exists() ? container : null;
    }
}
