package org.darkcheck.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.ModelKeys;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.report.Reports;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Export &gt; DarkCheck report (and the context menu of a .darkside file):
 * a self-contained HTML report with plots, the verdicts as CSV, the references
 * as BibTeX, or the JSON of the command line, for one model point.
 */
public final class ExportReportWizard extends Wizard implements IExportWizard {

    private IFile file;
    private Study study;
    private String problem;
    private ReportPage page;

    public ExportReportWizard() {
        setWindowTitle("Export DarkCheck report");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        OpenModels.Chosen chosen = OpenModels.choose(selection, "export its report");
        file = chosen.file();
        study = chosen.study();
        problem = chosen.problem();
    }

    @Override
    public void addPages() {
        page = new ReportPage();
        addPage(page);
    }

    public ReportPage page() {
        return page;
    }

    @Override
    public boolean canFinish() {
        return study != null && page.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ModelPoint point = study.getPoints().get(Math.max(0, page.point.getSelectionIndex()));
        String format = Reports.FORMATS.get(Math.max(0, page.format.getSelectionIndex()));
        Path target = Path.of(page.destination.getText().strip());
        try {
            write(study, point, format, target);
        } catch (InvalidModelException | IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Export DarkCheck report", "The report was not written: " + e.getMessage());
            return false;
        }
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
            try {
                f.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException ignored) {
                // the file is written; only the workspace's view of it lags
            }
        }
        return true;
    }

    /** Writes the report of one model point (atomically). */
    public static void write(Study study, ModelPoint point, String format, Path target) throws InvalidModelException, IOException {
        DarkCheckEngine engine = DiagnosisService.get().engine();
        Diagnosis d = engine.check(Snapshots.of(point));
        String title = (study.getName() == null ? "" : study.getName() + ", ") + "point " + point.getName();
        String text = Reports.render(format, title, ModelKeys.describe(point), d, engine, "0.1.0");
        DarksideFiles.writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The one page: the model point, the format, the destination. */
    public final class ReportPage extends WizardPage {

        Combo point;
        Combo format;
        Text destination;

        ReportPage() {
            super("report");
            setTitle("DarkCheck report");
            setDescription(file == null ? "No model chosen" : "Report of " + file.getFullPath());
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            setControl(c);
            if (study == null) {
                setErrorMessage(problem);
                setPageComplete(false);
                new Label(c, SWT.WRAP).setText(problem == null ? "" : problem);
                return;
            }
            new Label(c, SWT.NONE).setText("Model point");
            point = new Combo(c, SWT.READ_ONLY);
            study.getPoints().forEach(p -> point.add(p.getName()));
            point.select(0);
            point.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(c, SWT.NONE).setText("Format");
            format = new Combo(c, SWT.READ_ONLY);
            format.setItems("HTML with plots", "CSV of the verdicts", "BibTeX of the references", "JSON (as ./darkcheck check)");
            format.select(0);
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(c, SWT.NONE).setText("Destination");
            destination = new Text(c, SWT.BORDER);
            destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFileName(Path.of(destination.getText()).getFileName().toString());
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    destination.setText(chosen);
                }
            });
            Runnable suggest = () -> {
                String ext = Reports.extension(Reports.FORMATS.get(Math.max(0, format.getSelectionIndex())));
                Path folder = file.getLocation() == null ? Path.of(System.getProperty("user.home"))
                        : file.getLocation().toFile().toPath().getParent();
                String base = file.getName().replaceFirst("\\.darkside$", "");
                destination.setText(folder.resolve(base + "-" + point.getText() + "-report." + ext).toString());
            };
            suggest.run();
            format.addListener(SWT.Selection, e -> suggest.run());
            point.addListener(SWT.Selection, e -> suggest.run());
            destination.addListener(SWT.Modify, e -> validate());
            validate();
        }

        private void validate() {
            String text = destination.getText().strip();
            Path parent = text.isEmpty() ? null : Path.of(text).toAbsolutePath().getParent();
            String error = text.isEmpty() ? "Choose where to write the report."
                    : parent == null || !parent.toFile().isDirectory() ? "The folder " + parent + " does not exist." : null;
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        /** Sets the format and destination (for tests). */
        public void choose(String formatKey, String path) {
            format.select(Reports.FORMATS.indexOf(formatKey));
            destination.setText(path);
        }
    }

}
