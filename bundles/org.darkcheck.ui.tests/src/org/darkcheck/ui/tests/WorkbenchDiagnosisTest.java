package org.darkcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.darkcheck.model.Examples;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.model.darkside.provider.DarksideItemProviderAdapterFactory;
import org.darkcheck.ui.application.DarkCheckPerspective;
import org.darkcheck.ui.application.ExampleProject;
import org.darkcheck.ui.diagnosis.CheckResult;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.diagnosis.VerdictMarkers;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.editor.ItemPropertySourceProvider;
import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real workbench (Eclipse IDE application under Xvfb): open the example
 * model, see the NA64 verdict in the Constraints view and its marker in the
 * Problems view; edit, save, and see the verdict change.
 */
class WorkbenchDiagnosisTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private IFile file;
    private IWorkbenchPage page;

    @BeforeEach
    void openExample() throws Exception {
        file = ExampleProject.ensure("uitest", Examples.DEFAULT);
        file.setContents(new java.io.ByteArrayInputStream(Examples.bytes(Examples.DEFAULT)), IResource.FORCE, null);
        PlatformUI.getWorkbench().showPerspective(DarkCheckPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page = Workbench.page();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 900);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private ConstraintsView openAndWait() throws Exception {
        DarksideEditor editor = (DarksideEditor) IDE.openEditor(page, file, DarksideEditor.ID);
        ConstraintsView view = (ConstraintsView) page.showView(ConstraintsView.ID);
        page.activate(editor);
        Workbench.waitUntil("a diagnosis of " + file, PATIENCE, () -> rowStatus(view, "NA64-2019-INVISIBLE") != null);
        return view;
    }

    private static String rowStatus(ConstraintsView view, String id) {
        for (TableItem item : view.viewer().getTable().getItems()) {
            if (item.getText(1).equals(id)) {
                return item.getText(0);
            }
        }
        return null;
    }

    @Test
    void theConstraintsViewShowsTheNa64VerdictOfTheExample() throws Exception {
        ConstraintsView view = openAndWait();
        assertEquals("EXCLUDED", rowStatus(view, "NA64-2019-INVISIBLE"));
        assertTrue(view.summaryText().contains("EXCLUDED"), view.summaryText());
        Workbench.waitUntil("an NA64 marker", PATIENCE, () -> na64Marker() != null);
        IMarker marker = na64Marker();
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("NA64"));
        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        Workbench.settle(Duration.ofMillis(500));
        Workbench.screenshot("problems");
        page.showView(ConstraintsView.ID);
        page.activate(page.getActiveEditor());
        Workbench.settle(Duration.ofSeconds(1));
        Workbench.screenshot("workbench");
    }

    private IMarker na64Marker() {
        try {
            return Arrays.stream(file.findMarkers(VerdictMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> "NA64-2019-INVISIBLE".equals(m.getAttribute(VerdictMarkers.CONSTRAINT_ID, "")))
                    .findFirst().orElse(null);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void editingThePropertiesAndSavingReChecksTheModel() throws Exception {
        ConstraintsView view = openAndWait();
        DarksideEditor editor = (DarksideEditor) page.getActiveEditor();
        Mediator mediator = editor.study().getPoints().get(0).getMediator();
        ComposedAdapterFactory factory = new ComposedAdapterFactory(new DarksideItemProviderAdapterFactory());
        IPropertySource properties = new ItemPropertySourceProvider(factory).getPropertySource(mediator);
        IPropertyDescriptor coupling = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Coupling")).findFirst().orElseThrow();
        IPropertyDescriptor mass = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Mass")).findFirst().orElseThrow();

        properties.setPropertyValue(mass.getId(), "30 MeV");
        assertEquals(0.03, mediator.getMass(), 1e-15);
        properties.setPropertyValue(mass.getId(), "abc");
        assertEquals(0.03, mediator.getMass(), 1e-15, "invalid text must not change the model");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(0.06, mediator.getMass(), 1e-15);

        properties.setPropertyValue(coupling.getId(), "1e-5");
        assertEquals(1e-5, mediator.getCoupling(), 1e-20);
        assertTrue(editor.isDirty());
        CheckResult before = DiagnosisService.get().latest(file);
        editor.doSave(null);
        Workbench.waitUntil("the re-check after save", PATIENCE, () -> DiagnosisService.get().latest(file) != before
                && "ALLOWED".equals(rowStatus(view, "NA64-2019-INVISIBLE")));
        assertEquals("ALLOWED", rowStatus(view, "NA64-2019-INVISIBLE"));
        assertTrue(!editor.isDirty());
        assertNotNull(org.darkcheck.model.DarksideFiles.load(file.getLocation().toFile().toPath()));
        assertEquals(1e-5, org.darkcheck.model.DarksideFiles.load(file.getLocation().toFile().toPath()).getPoints()
                .get(0).getMediator().getCoupling(), 1e-20);
        factory.dispose();
    }
}
