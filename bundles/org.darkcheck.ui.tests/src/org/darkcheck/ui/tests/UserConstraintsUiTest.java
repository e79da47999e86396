package org.darkcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.darkcheck.model.Examples;
import org.darkcheck.ui.application.DarkCheckPerspective;
import org.darkcheck.ui.application.ExampleProject;
import org.darkcheck.ui.diagnosis.UserConstraints;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented example of rules/examples/user-constraints, copied into a project's "constraints" folder
 * while a model is open, shows up in the Constraints view with no rebuild; breaking its data file disables
 * it with a Problems-view marker on the broken line, and the built-in verdicts stay.
 */
class UserConstraintsUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String EXAMPLE_ID = "MY-BEAM-DUMP-REACH";
    private static final String LIMIT_FILE = "MY-BEAM-DUMP-REACH.limit";

    private IFile model;
    private IFolder folder;
    private IWorkbenchPage page;

    @BeforeEach
    void openExample() throws Exception {
        model = ExampleProject.ensure("usertest", Examples.DEFAULT);
        model.setContents(new ByteArrayInputStream(Examples.bytes(Examples.DEFAULT)), IResource.FORCE, null);
        folder = model.getProject().getFolder(UserConstraints.FOLDER);
        if (folder.exists()) {
            folder.delete(true, null);
        }
        PlatformUI.getWorkbench().showPerspective(DarkCheckPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page = Workbench.page();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 900);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        page.closeAllEditors(false);
        if (folder.exists()) {
            folder.delete(true, null);
        }
    }

    private static Path example() {
        String dir = System.getProperty("darkcheck.userConstraintsExample");
        assertTrue(dir != null && Files.isDirectory(Path.of(dir)), "the documented example folder: " + dir);
        return Path.of(dir);
    }

    @Test
    void theDocumentedExampleShowsUpWithoutARebuildAndABrokenFileIsMarkedOnItsLine() throws Exception {
        DarksideEditor editor = (DarksideEditor) IDE.openEditor(page, model, DarksideEditor.ID);
        ConstraintsView view = (ConstraintsView) page.showView(ConstraintsView.ID);
        page.activate(editor);
        Workbench.waitUntil("the built-in verdicts", PATIENCE,
                () -> WorkbenchDiagnosisTest.rowStatus(view, "NA64-2019-INVISIBLE") != null);
        assertNull(WorkbenchDiagnosisTest.rowStatus(view, EXAMPLE_ID), "no user constraint before the folder exists");

        // the user copies the documented example into the project
        folder.create(true, true, null);
        try (var files = Files.list(example())) {
            for (Path p : files.toList()) {
                folder.getFile(p.getFileName().toString()).create(Files.newInputStream(p), true, null);
            }
        }
        Workbench.waitUntil("the user constraint in the Constraints view", PATIENCE,
                () -> WorkbenchDiagnosisTest.rowStatus(view, EXAMPLE_ID) != null);
        assertEquals("EXCLUDED", WorkbenchDiagnosisTest.rowStatus(view, "NA64-2019-INVISIBLE"));
        Workbench.settle(Duration.ofMillis(500));
        Workbench.screenshot("user-constraint");

        // a data line the format does not allow: the constraint is disabled, marked on its line
        IFile limit = folder.getFile(LIMIT_FILE);
        String text = new String(Files.readAllBytes(example().resolve(LIMIT_FILE)), StandardCharsets.UTF_8);
        String broken = text.replace("100    2.0e-5", "100    two");
        assertTrue(!broken.equals(text), "the example has the line this test breaks");
        int brokenLine = Arrays.asList(broken.split("\n", -1)).indexOf("100    two") + 1;
        limit.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Workbench.waitUntil("a marker on the broken line", PATIENCE,
                () -> marker(limit) != null && marker(limit).getAttribute(IMarker.LINE_NUMBER, -1) == brokenLine);
        IMarker marker = marker(limit);
        assertEquals(brokenLine, marker.getAttribute(IMarker.LINE_NUMBER, -1), marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        Workbench.waitUntil("the broken constraint gone from the view", PATIENCE,
                () -> WorkbenchDiagnosisTest.rowStatus(view, EXAMPLE_ID) == null);
        assertEquals("EXCLUDED", WorkbenchDiagnosisTest.rowStatus(view, "NA64-2019-INVISIBLE"), "built-in verdicts stay");
        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        Workbench.settle(Duration.ofMillis(500));
        Workbench.screenshot("user-constraint-problem");
    }

    private static IMarker marker(IFile file) {
        try {
            IMarker[] markers = file.findMarkers(UserConstraints.MARKER, false, IResource.DEPTH_ZERO);
            return markers.length == 0 ? null : markers[0];
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }
}
