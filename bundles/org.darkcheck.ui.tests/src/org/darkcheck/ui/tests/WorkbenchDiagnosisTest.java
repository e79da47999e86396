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
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.diagnosis.VerdictMarkers;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.editor.ItemPropertySourceProvider;
import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.TreeItem;
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

    /** The status shown for a constraint (first point), e.g. "EXCLUDED", or null when the row is not shown. */
    static String rowStatus(ConstraintsView view, String id) {
        for (TreeItem item : view.viewer().getTree().getItems()) {
            if (item.getText(0).equals(id)) {
                return item.getText(4).split(" ")[0];
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
        Workbench.waitUntil("the live re-check after the edit, before any save", PATIENCE,
                () -> "ALLOWED".equals(rowStatus(view, "NA64-2019-INVISIBLE")));
        assertTrue(editor.isDirty(), "the verdict must change without a save");
        Workbench.waitUntil("the NA64 marker to go", PATIENCE, () -> na64Marker() == null);
        editor.getEditingDomain().getCommandStack().undo();
        Workbench.waitUntil("undo to restore the previous verdict", PATIENCE,
                () -> "EXCLUDED".equals(rowStatus(view, "NA64-2019-INVISIBLE")));
        Workbench.waitUntil("undo to restore the NA64 marker", PATIENCE, () -> na64Marker() != null);
        editor.getEditingDomain().getCommandStack().redo();
        Workbench.waitUntil("redo", PATIENCE, () -> "ALLOWED".equals(rowStatus(view, "NA64-2019-INVISIBLE")));
        editor.doSave(null);
        assertTrue(!editor.isDirty());
        assertNotNull(org.darkcheck.model.DarksideFiles.load(file.getLocation().toFile().toPath()));
        assertEquals(1e-5, org.darkcheck.model.DarksideFiles.load(file.getLocation().toFile().toPath()).getPoints()
                .get(0).getMediator().getCoupling(), 1e-20);
        factory.dispose();
    }

    @Test
    void severalPointsSideBySideWithFiltersGroupingAndAFieldMark() throws Exception {
        ConstraintsView view = openAndWait();
        DarksideEditor editor = (DarksideEditor) page.getActiveEditor();
        org.darkcheck.ui.editor.QuantityField coupling = (org.darkcheck.ui.editor.QuantityField) editor.formPage()
                .field(0, "mediator.coupling");
        Workbench.waitUntil("the coupling field to be marked", PATIENCE, () -> coupling.verdictNote() != null);
        assertTrue(coupling.verdictNote().contains("NA64-2019-INVISIBLE"), coupling.verdictNote());

        org.darkcheck.model.darkside.ModelPoint second = org.eclipse.emf.ecore.util.EcoreUtil.copy(
                editor.study().getPoints().get(0));
        second.setName("BP2");
        second.setDarkMatter(null);
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                editor.getEditingDomain(), editor.study(),
                org.darkcheck.model.darkside.DarksidePackage.Literals.STUDY__POINTS, second));
        Workbench.waitUntil("a column per model point", PATIENCE,
                () -> view.shownResult() != null && view.shownResult().points().size() == 2
                        && view.viewer().getTree().getColumnCount() == 4 + 2 + 2);
        TreeItem na64 = java.util.Arrays.stream(view.viewer().getTree().getItems())
                .filter(i -> i.getText(0).equals("NA64-2019-INVISIBLE")).findFirst().orElseThrow();
        assertTrue(na64.getText(4).startsWith("EXCLUDED"), na64.getText(4));
        assertTrue(na64.getText(5).startsWith("NOT_APPLICABLE"), na64.getText(5));
        assertTrue(view.summaryText().contains("BP2"), view.summaryText());

        view.setStatusFilter(org.darkcheck.engine.Status.EXCLUDED);
        assertTrue(java.util.Arrays.stream(view.viewer().getTree().getItems())
                .allMatch(i -> i.getText(4).startsWith("EXCLUDED")), "the filter shows only excluding rows");
        assertEquals("EXCLUDED", rowStatus(view, "NA64-2019-INVISIBLE"));
        view.setStatusFilter(null);
        view.setGroupByPlane(true);
        TreeItem[] groups = view.viewer().getTree().getItems();
        assertTrue(java.util.Arrays.stream(groups).anyMatch(i -> i.getText(0).startsWith("epsilon-vs-mass")),
                "a group for the epsilon-vs-mass plane");
        assertTrue(java.util.Arrays.stream(groups).noneMatch(i -> i.getText(0).equals("NA64-2019-INVISIBLE")),
                "grouped by plane, constraints sit under their plane");
        view.setGroupByPlane(false);
        Workbench.screenshot("side-by-side");
    }
}
