package org.darkcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.darkcheck.model.Examples;
import org.darkcheck.ui.application.DarkCheckPerspective;
import org.darkcheck.ui.application.ExampleProject;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.export.ExportReportWizard;
import org.darkcheck.ui.plots.PlotView;
import org.darkcheck.ui.scan.ScanResultView;
import org.darkcheck.ui.scan.ScanWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Limit Planes view, File > Export > DarkCheck report, and the scan wizard's background job. */
class ReportsPlotsAndScansUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private IFile file;
    private IWorkbenchPage page;

    @BeforeEach
    void open() throws Exception {
        file = ExampleProject.ensure("plottest", Examples.DEFAULT);
        file.setContents(new java.io.ByteArrayInputStream(Examples.bytes(Examples.DEFAULT)), IResource.FORCE, null);
        PlatformUI.getWorkbench().showPerspective(DarkCheckPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page = Workbench.page();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 900);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void theLimitPlanesViewFollowsTheEditor() throws Exception {
        PlotView plots = (PlotView) page.showView(PlotView.ID);
        DarksideEditor editor = (DarksideEditor) IDE.openEditor(page, file, DarksideEditor.ID);
        page.activate(editor);
        // the view may still show the plots of the previous test's editor: wait for this model's planes
        Workbench.waitUntil("the NA64 plane of the example", PATIENCE, () -> plots.plots().stream()
                .anyMatch(p -> p.plane().equals("epsilon-vs-mass") && p.constraints().contains("NA64-2019-INVISIBLE")));
        assertTrue(plots.plots().stream().anyMatch(p -> p.plane().equals("epsilon-vs-mass")
                && p.constraints().contains("NA64-2019-INVISIBLE")), "the NA64 plane is drawn");
        page.activate(plots);
        Workbench.settle(Duration.ofSeconds(1));
        Workbench.screenshot("plots");
    }

    @Test
    void exportingAReportWritesTheFile() throws Exception {
        Path target = file.getLocation().toFile().toPath().resolveSibling("exported.html");
        Files.deleteIfExists(target);
        ExportReportWizard wizard = new ExportReportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().choose("html", target.toString());
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        String html = Files.readString(target);
        assertTrue(html.contains("NA64-2019-INVISIBLE") && html.contains("<svg"), "an HTML report with plots");
    }

    @Test
    void aScanRunsAsAJobAndItsMapsOpen() throws Exception {
        ScanWizard wizard = new ScanWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().setAxis(0, "mediator.mass=10MeV:200MeV:log:20");
        wizard.page().setAxis(1, "mediator.coupling=1e-6:1e-2:log:15");
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.job().join(PATIENCE.toMillis(), null);
        assertEquals(300, wizard.job().points().size());
        Workbench.waitUntil("the scan result view", PATIENCE, () -> {
            var ref = page.findView(ScanResultView.ID);
            return ref instanceof ScanResultView v && v.charts().size() == 2;
        });
        List<String> lines = Files.readAllLines(file.getLocation().toFile().toPath().getParent()
                .resolve(findScanFolder()).resolve("scan.csv"));
        assertEquals(301, lines.size());
        Workbench.settle(Duration.ofMillis(500));
        Workbench.screenshot("scan-result");
    }

    private String findScanFolder() throws Exception {
        for (IResource r : file.getParent().members()) {
            if (r.getName().startsWith("scan-")) {
                return r.getName();
            }
        }
        throw new AssertionError("no scan folder beside the model");
    }
}
