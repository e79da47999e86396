package org.darkcheck.ui.application;

import java.io.ByteArrayInputStream;

import org.darkcheck.model.Examples;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * On start-up, makes sure the workspace holds the project "examples" with the
 * bundled example model, and opens it if no editor is open yet. Turned off
 * with {@code -Ddarkcheck.openExample=false} (the UI tests do).
 */
public final class ExampleProject implements IStartup {

    public static final String PROJECT = "examples";

    @Override
    public void earlyStartup() {
        org.darkcheck.ui.diagnosis.DiagnosisService.get().warmUp();
        if ("false".equals(System.getProperty("darkcheck.openExample"))) {
            return;
        }
        try {
            IFile file = ensure(PROJECT, Examples.DEFAULT);
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file));
        } catch (CoreException | java.io.IOException e) {
            ILog.of(ExampleProject.class).error("could not create the example project", e);
        }
    }

    /** The example file in a workspace project, created (with the project) if missing; never overwritten. */
    public static IFile ensure(String projectName, String example) throws CoreException, java.io.IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        NullProgressMonitor monitor = new NullProgressMonitor();
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IFile file = project.getFile(example);
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(Examples.bytes(example)), true, monitor);
        }
        return file;
    }

    private static void open(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        if (window.getShell().getBounds().width < 1200) {
            // the first start opens in a small default window: use the whole screen
            window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
        }
        if (page.getEditorReferences().length > 0) {
            return;
        }
        try {
            IDE.openEditor(page, file);
        } catch (PartInitException e) {
            ILog.of(ExampleProject.class).error("could not open the example model", e);
        }
    }
}
