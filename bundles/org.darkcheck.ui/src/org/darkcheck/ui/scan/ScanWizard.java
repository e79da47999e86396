package org.darkcheck.ui.scan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.SnapshotKeys;
import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.ui.export.OpenModels;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * A scan of a model point over one or two keys, run as a background job (with
 * progress and Cancel); its CSV and maps go to a folder beside the model and
 * the maps open in the Scan Result view.
 */
public final class ScanWizard extends Wizard implements INewWizard {

    private IFile file;
    private Study study;
    private String problem;
    private AxesPage page;
    private ScanJob job;

    public ScanWizard() {
        setWindowTitle("DarkCheck scan");
    }

    public static void open(IWorkbenchWindow window) {
        ScanWizard wizard = new ScanWizard();
        wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        OpenModels.Chosen chosen = OpenModels.choose(selection, "scan around it");
        file = chosen.file();
        study = chosen.study();
        problem = chosen.problem();
    }

    @Override
    public void addPages() {
        page = new AxesPage();
        addPage(page);
    }

    public AxesPage page() {
        return page;
    }

    /** The job started by Finish, for tests. */
    public ScanJob job() {
        return job;
    }

    @Override
    public boolean canFinish() {
        return study != null && page.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Scan scan = page.scan();
        if (scan == null) {
            return false;
        }
        IContainer folder = file.getParent().getFolder(new org.eclipse.core.runtime.Path(page.folder.getText().strip()));
        job = new ScanJob(scan, folder, Runtime.getRuntime().availableProcessors());
        job.schedule();
        return true;
    }

    /** The page: the model point, the x axis and an optional y axis, the output folder. */
    public final class AxesPage extends WizardPage {

        Combo point;
        final Combo[] key = new Combo[2];
        final Text[] from = new Text[2];
        final Text[] to = new Text[2];
        final Combo[] spacing = new Combo[2];
        final Text[] n = new Text[2];
        Button useY;
        Text folder;
        private Scan scan;

        AxesPage() {
            super("axes");
            setTitle("Scan a model point");
            setDescription("Vary one or two keys; masses take units (1 MeV, 1 GeV).");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(6, false));
            setControl(c);
            if (study == null) {
                setErrorMessage(problem);
                setPageComplete(false);
                return;
            }
            new Label(c, SWT.NONE).setText("Model point");
            point = new Combo(c, SWT.READ_ONLY);
            study.getPoints().forEach(p -> point.add(p.getName()));
            point.select(0);
            point.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
            axis(c, 0, "x", "mediator.mass", "1 MeV", "1 GeV", "200");
            useY = new Button(c, SWT.CHECK);
            useY.setText("and a y axis:");
            useY.setSelection(true);
            useY.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 6, 1));
            axis(c, 1, "y", "mediator.coupling", "1e-8", "1e-2", "200");
            new Label(c, SWT.NONE).setText("Folder");
            folder = new Text(c, SWT.BORDER);
            folder.setText("scan-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
            useY.addListener(SWT.Selection, e -> validate());
            folder.addListener(SWT.Modify, e -> validate());
            validate();
        }

        private void axis(Composite c, int i, String label, String defaultKey, String f, String t, String count) {
            new Label(c, SWT.NONE).setText(label);
            key[i] = new Combo(c, SWT.READ_ONLY);
            key[i].setItems(SnapshotKeys.SCANNABLE.toArray(new String[0]));
            key[i].select(SnapshotKeys.SCANNABLE.indexOf(defaultKey));
            from[i] = new Text(c, SWT.BORDER);
            from[i].setText(f);
            to[i] = new Text(c, SWT.BORDER);
            to[i].setText(t);
            spacing[i] = new Combo(c, SWT.READ_ONLY);
            spacing[i].setItems("log", "lin");
            spacing[i].select(0);
            n[i] = new Text(c, SWT.BORDER);
            n[i].setText(count);
            for (var w : new org.eclipse.swt.widgets.Control[] {key[i], from[i], to[i], spacing[i], n[i]}) {
                w.addListener(w instanceof Combo ? SWT.Selection : SWT.Modify, e -> validate());
                if (w instanceof Text) {
                    w.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                }
            }
        }

        private ScanAxis parse(int i) {
            return ScanAxis.parse(key[i].getText() + "=" + from[i].getText().strip() + ":" + to[i].getText().strip() + ":"
                    + spacing[i].getText() + ":" + n[i].getText().strip());
        }

        private void validate() {
            scan = null;
            String error = null;
            try {
                ModelSnapshot base = Snapshots.of(study.getPoints().get(Math.max(0, point.getSelectionIndex())));
                scan = new Scan(base, parse(0), useY.getSelection() ? parse(1) : null);
                if (folder.getText().strip().isEmpty()) {
                    error = "Name the folder for the results.";
                }
            } catch (InvalidModelException | IllegalArgumentException e) {
                error = e.getMessage();
                scan = null;
            }
            setErrorMessage(error);
            setPageComplete(error == null);
            if (error == null) {
                setMessage(scan.size() + " model points");
            }
        }

        Scan scan() {
            return scan;
        }

        /** Sets an axis from its command-line form, e.g. "mediator.mass=10MeV:1GeV:log:20" (for tests). */
        public void setAxis(int i, String text) {
            ScanAxis a = ScanAxis.parse(text);
            key[i].select(SnapshotKeys.SCANNABLE.indexOf(a.key()));
            String[] parts = text.substring(text.indexOf('=') + 1).split(":");
            from[i].setText(parts[0]);
            to[i].setText(parts[1]);
            spacing[i].select(a.log() ? 0 : 1);
            n[i].setText(parts[3]);
            validate();
        }
    }
}
