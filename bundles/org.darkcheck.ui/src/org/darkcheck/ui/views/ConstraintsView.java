package org.darkcheck.ui.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.units.Quantities;
import org.darkcheck.ui.diagnosis.CheckResult;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.editor.DarksideEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * One row per constraint for the model in the active DarkCheck editor: status,
 * id, experiment, r, the reason and the reference, under a summary line.
 */
public final class ConstraintsView extends ViewPart {

    public static final String ID = "org.darkcheck.ui.views.constraints";

    private Label summary;
    private TableViewer table;
    private IFile shown;
    private final Consumer<CheckResult> listener = this::resultArrived;
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DarksideEditor editor) {
                show(editor.file());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        root.setLayout(layout);
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText("Open a .darkside model to see its verdicts.");

        table = new TableViewer(root, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Status", 130, v -> v.status().name(), this::statusImage);
        column("Constraint", 190, Verdict::id, null);
        column("Experiment", 90, v -> v.constraint().experiment(), null);
        column("r", 60, v -> v.r() == null ? "" : Quantities.formatRatio(v.r()), null);
        column("Reason", 520, Verdict::reason, null);
        column("Reference", 300, v -> v.constraint().reference().citation()
                + (v.constraint().reference().arxiv() == null ? "" : ", arXiv:" + v.constraint().reference().arxiv()), null);

        DiagnosisService.get().addListener(listener);
        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof DarksideEditor editor) {
            show(editor.file());
        }
    }

    private void column(String title, int width, Function<Verdict, String> text, Function<Verdict, Image> image) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Verdict) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Verdict) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Verdict) element).reason();
            }
        });
    }

    private Image statusImage(Verdict v) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (v.status()) {
            case EXCLUDED -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case ALLOWED -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
            case OUT_OF_RANGE -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case NOT_APPLICABLE -> null;
        };
    }

    /** Shows the latest result for a file (or waits for its first one). */
    public void show(IFile file) {
        shown = file;
        CheckResult result = DiagnosisService.get().latest(file);
        if (result != null) {
            render(result);
        } else {
            summary.setText(file.getName() + ": checking ...");
            table.setInput(List.of());
        }
    }

    private void resultArrived(CheckResult result) {
        if (summary.isDisposed()) {
            return;
        }
        if (shown == null || shown.equals(result.file())) {
            shown = result.file();
            render(result);
        }
    }

    private void render(CheckResult result) {
        if (result.diagnosis() == null) {
            summary.setText(result.file().getName() + ", " + result.pointName() + ": cannot be evaluated: " + result.problem());
            table.setInput(List.of());
        } else {
            summary.setText(result.file().getName() + ", " + result.pointName() + ": " + summarize(result.diagnosis()));
            table.setInput(result.diagnosis().verdicts());
        }
        summary.getParent().layout();
    }

    /** "EXCLUDED by 1 of 2 applicable constraints; strongest: NA64-2019-INVISIBLE, r = 5.2". */
    public static String summarize(Diagnosis d) {
        long applicable = d.verdicts().stream()
                .filter(v -> v.status() == Status.EXCLUDED || v.status() == Status.ALLOWED)
                .filter(v -> v.constraint().kind() != ConstraintKind.PROJECTION).count();
        long excluding = d.verdicts().stream()
                .filter(v -> v.status() == Status.EXCLUDED && v.constraint().kind().decidesOverall()).count();
        StringBuilder s = new StringBuilder();
        if (d.overall() == Status.EXCLUDED) {
            s.append("EXCLUDED by ").append(excluding).append(" of ").append(applicable).append(" applicable constraints");
            d.strongest().ifPresent(v -> s.append("; strongest: ").append(v.id()).append(", r = ")
                    .append(Quantities.formatRatio(v.r())));
        } else {
            s.append("ALLOWED by all ").append(applicable).append(" applicable constraints");
        }
        return s.toString();
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return table;
    }

    /** The summary line, for tests. */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DiagnosisService.get().removeListener(listener);
        getSite().getPage().removePartListener(editorTracker);
        super.dispose();
    }
}
