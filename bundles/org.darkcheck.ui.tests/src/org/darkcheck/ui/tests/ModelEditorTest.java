package org.darkcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.ui.application.DarkCheckPerspective;
import org.darkcheck.ui.diagnosis.ModelMarkers;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.editor.QuantityField;
import org.darkcheck.ui.wizards.NewModelWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model editor in the real workbench: a model from the wizard, typed
 * quantities with units, undo and redo through the workbench's commands,
 * refused input, save and reload, and a corrupt file opening as an error page.
 */
class ModelEditorTest {

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editortest");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        for (IResource r : project.members()) {
            if (r.getName().endsWith(".darkside")) {
                r.delete(true, null);
            }
        }
        PlatformUI.getWorkbench().showPerspective(DarkCheckPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page = Workbench.page();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 900);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
    }

    private DarksideEditor newModelFromWizard(String template, String fileName) {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.templatePage().choose(template);
        Workbench.settle(Duration.ofMillis(300));
        Workbench.screenshot("wizard");
        dialog.showPage(wizard.filePage());
        wizard.filePage().setFileName(fileName);
        assertTrue(wizard.canFinish(), "the wizard cannot finish: " + wizard.filePage().getErrorMessage());
        assertTrue(wizard.performFinish());
        dialog.close();
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof DarksideEditor, "the new model did not open in the DarkCheck editor: " + editor);
        return (DarksideEditor) editor;
    }

    private static void type(QuantityField field, String text) {
        field.text().setFocus();
        field.text().setText(text);
        field.text().notifyListeners(SWT.DefaultSelection, new Event());
    }

    private static void runCommand(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
    }

    @Test
    void typedUnitsUndoRedoRefusedInputAndSave() throws Exception {
        DarksideEditor editor = newModelFromWizard("scalar-dark-photon", "scalar.darkside");
        page.activate(editor);
        Mediator mediator = editor.study().getPoints().get(0).getMediator();
        assertEquals(0.09, mediator.getMass(), 1e-15, "the template's mediator mass");
        QuantityField mass = (QuantityField) editor.formPage().field(0, "mediator.mass");
        assertEquals("90 MeV", mass.text().getText());

        type(mass, "30 MeV");
        assertEquals(0.03, mediator.getMass(), 1e-15);
        editor.refreshNow();
        assertEquals("30 MeV", mass.text().getText());
        assertTrue(editor.isDirty());

        QuantityField dmMass = (QuantityField) editor.formPage().field(0, "dm.mass");
        type(dmMass, "3e-3 GeV");
        assertEquals(0.003, editor.study().getPoints().get(0).getDarkMatter().getMass(), 1e-15);
        editor.refreshNow();
        assertEquals("3 MeV", dmMass.text().getText());

        runCommand("org.eclipse.ui.edit.undo");
        editor.refreshNow();
        assertEquals(0.03, editor.study().getPoints().get(0).getDarkMatter().getMass(), 1e-15, "undo of the dm mass");
        runCommand("org.eclipse.ui.edit.undo");
        editor.refreshNow();
        assertEquals(0.09, mediator.getMass(), 1e-15, "undo of the mediator mass");
        assertEquals("90 MeV", mass.text().getText());
        runCommand("org.eclipse.ui.edit.redo");
        editor.refreshNow();
        assertEquals(0.03, mediator.getMass(), 1e-15, "redo");

        TriggerSequence[] redoKeys = PlatformUI.getWorkbench().getService(IBindingService.class)
                .getActiveBindingsFor("org.eclipse.ui.edit.redo");
        assertTrue(Arrays.stream(redoKeys).anyMatch(k -> k.format().equals("Ctrl+Y")),
                "Ctrl+Y is not bound to Redo in the editor: " + Arrays.toString(redoKeys));

        type(mass, "abc");
        assertEquals(0.03, mediator.getMass(), 1e-15, "invalid text must not change the model");
        assertTrue(mass.errorText().contains("'abc'"), mass.errorText());
        type(mass, "-5 MeV");
        assertEquals(0.03, mediator.getMass(), 1e-15);
        assertTrue(mass.errorText().contains("positive"), mass.errorText());
        type(mass, "NaN");
        assertEquals(0.03, mediator.getMass(), 1e-15);
        type(mass, "100 eV");
        assertEquals(1e-7, mediator.getMass(), 1e-20);
        assertEquals("", mass.errorText());
        type(mass, "45 MeV");
        editor.refreshNow();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(Duration.ofMillis(500));
        Workbench.screenshot("form");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

        editor.doSave(null);
        assertFalse(editor.isDirty());
        IFile file = editor.file();
        var reloaded = DarksideFiles.load(file.getLocation().toFile().toPath());
        assertEquals(0.045, reloaded.getPoints().get(0).getMediator().getMass(), 1e-15);
        assertEquals(0.03, reloaded.getPoints().get(0).getDarkMatter().getMass(), 1e-15);
    }

    @Test
    void theFormTheTreeAndThePropertiesStayInStepAndSaveAsMovesTheEditor() throws Exception {
        DarksideEditor editor = newModelFromWizard("visible-dark-photon", "visible.darkside");
        Mediator mediator = editor.study().getPoints().get(0).getMediator();
        QuantityField coupling = (QuantityField) editor.formPage().field(0, "mediator.coupling");
        type(coupling, "3e-6");
        editor.refreshNow();
        var factory = new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
                new org.darkcheck.model.darkside.provider.DarksideItemProviderAdapterFactory());
        var properties = new org.darkcheck.ui.editor.ItemPropertySourceProvider(factory).getPropertySource(mediator);
        var couplingProperty = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Coupling")).findFirst().orElseThrow();
        assertEquals("3.0e-6", properties.getPropertyValue(couplingProperty.getId()));
        properties.setPropertyValue(couplingProperty.getId(), "2e-6");
        editor.refreshNow();
        assertEquals(2e-6, mediator.getCoupling(), 1e-21);
        assertEquals("2.0e-6", coupling.text().getText());
        factory.dispose();

        IFile copy = project.getFile("visible-copy.darkside");
        assertTrue(editor.saveAs(copy));
        assertEquals(copy, editor.file());
        assertFalse(editor.isDirty());
        assertEquals(2e-6, DarksideFiles.load(copy.getLocation().toFile().toPath()).getPoints().get(0).getMediator()
                .getCoupling(), 1e-21);
    }

    @Test
    void validationProblemsBecomeMarkersWithStableIds() throws Exception {
        DarksideEditor editor = newModelFromWizard("dirac-dark-photon", "dirac.darkside");
        QuantityField alpha = (QuantityField) editor.formPage().field(0, "alpha-d");
        type(alpha, "0.8");
        editor.refreshNow();
        Workbench.waitUntil("the perturbativity warning", Duration.ofSeconds(30), () -> {
            try {
                return Arrays.stream(editor.file().findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO))
                        .anyMatch(m -> "MODEL-PERTURBATIVITY".equals(m.getAttribute(ModelMarkers.DIAGNOSTIC_ID, ""))
                                && m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING);
            } catch (org.eclipse.core.runtime.CoreException e) {
                throw new AssertionError(e);
            }
        });
        runCommand("org.eclipse.ui.edit.undo");
        editor.refreshNow();
        Workbench.waitUntil("the warning to go after undo", Duration.ofSeconds(30), () -> {
            try {
                return editor.file().findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO).length == 0;
            } catch (org.eclipse.core.runtime.CoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aCorruptFileOpensAsAnErrorPageAndIsNotChanged() throws Exception {
        IFile file = project.getFile("broken.darkside");
        String garbage = "<?xml version=\"1.0\"?>\n<darkside:Study xmlns:darkside=\"http://www.darkcheck.org/darkside/1.1\">\n  <points name=\"BP1\"\n";
        file.create(new ByteArrayInputStream(garbage.getBytes(StandardCharsets.UTF_8)), true, null);
        DarksideEditor editor = (DarksideEditor) IDE.openEditor(page, file, DarksideEditor.ID);
        assertNull(editor.study());
        assertNotNull(editor.loadProblem());
        assertTrue(editor.loadProblem().contains("broken.darkside:"), editor.loadProblem());
        assertFalse(editor.isDirty());
        page.closeEditor(editor, true);
        assertEquals(garbage, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
    }
}
