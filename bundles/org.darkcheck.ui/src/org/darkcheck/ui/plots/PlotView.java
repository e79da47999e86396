package org.darkcheck.ui.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.darkcheck.engine.Diagnosis;
import org.darkcheck.report.plots.PlanePlot;
import org.darkcheck.report.plots.PlanePlots;
import org.darkcheck.ui.diagnosis.CheckResult;
import org.darkcheck.ui.diagnosis.CheckResult.PointResult;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.views.ConstraintRow;
import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The limit planes of the model in the active editor: one log-log chart per
 * plane its applicable constraints live in, every curve rescaled to the model,
 * the model's point marked. Follows the editor (every edit), the chosen model
 * point, and the constraint selected in the Constraints view (its plane is
 * shown). Exports PNG and SVG.
 */
public final class PlotView extends ViewPart {

    public static final String ID = "org.darkcheck.ui.views.plot";

    private Combo point;
    private Combo plane;
    private ChartCanvas canvas;
    private Label status;
    private List<PlanePlot> plots = List.of();
    private CheckResult result;
    private IFile file;
    private String wantedPlane;
    private final AtomicLong requests = new AtomicLong();
    /** Plots cost tens of milliseconds: they follow the model once typing has paused this long. */
    private static final long DEBOUNCE_MILLIS = 400;
    private boolean stale;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "DarkCheck plots");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<CheckResult> listener = r -> {
        if (file == null || file.equals(r.file())) {
            file = r.file();
            update(r);
        }
    };
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == PlotView.this && stale && result != null) {
                update(result);
            }
        }

        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DarksideEditor editor) {
                file = editor.file();
                CheckResult latest = DiagnosisService.get().latest(file);
                if (latest != null) {
                    update(latest);
                }
            }
        }
    };
    private final ISelectionListener constraintTracker = (part, selection) -> {
        if (part instanceof ConstraintsView && selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof ConstraintRow row) {
            showPlane(row.constraint().plane());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText("Point");
        point = new Combo(root, SWT.READ_ONLY);
        point.addListener(SWT.Selection, e -> {
            if (result != null) {
                update(result);
            }
        });
        new Label(root, SWT.NONE).setText("Plane");
        plane = new Combo(root, SWT.READ_ONLY);
        plane.addListener(SWT.Selection, e -> {
            wantedPlane = plane.getText();
            showSelected();
        });
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new ChartCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));

        Action png = new Action("Export PNG...") {
            @Override
            public void run() {
                ChartExport.save(getSite().getShell(), canvas.chart(), "png", plane.getText());
            }
        };
        Action svg = new Action("Export SVG...") {
            @Override
            public void run() {
                ChartExport.save(getSite().getShell(), canvas.chart(), "svg", plane.getText());
            }
        };
        getViewSite().getActionBars().getMenuManager().add(png);
        getViewSite().getActionBars().getMenuManager().add(svg);
        getViewSite().getActionBars().getToolBarManager().add(png);
        getViewSite().getActionBars().getToolBarManager().add(svg);

        DiagnosisService.get().addListener(listener);
        getSite().getPage().addPartListener(editorTracker);
        getSite().getPage().addSelectionListener(ConstraintsView.ID, constraintTracker);
        if (getSite().getPage().getActiveEditor() instanceof DarksideEditor editor) {
            file = editor.file();
            CheckResult latest = DiagnosisService.get().latest(file);
            if (latest != null) {
                update(latest);
            }
        }
    }

    private void update(CheckResult r) {
        if (point.isDisposed()) {
            return;
        }
        result = r;
        List<String> names = r.points().stream().map(PointResult::name).toList();
        String chosen = point.getText();
        if (!List.of(point.getItems()).equals(names)) {
            point.setItems(names.toArray(new String[0]));
        }
        int index = Math.max(0, names.indexOf(chosen));
        point.select(index);
        Diagnosis d = r.points().isEmpty() ? null : r.points().get(index).diagnosis();
        if (d == null) {
            plots = List.of();
            plane.setItems();
            canvas.setChart(null);
            status.setText(r.points().isEmpty() ? "" : "cannot be evaluated: " + r.points().get(index).problem());
            return;
        }
        long request = requests.incrementAndGet();
        if (!getSite().getPage().isPartVisible(this)) {
            stale = true; // drawn when the view is shown
            return;
        }
        stale = false;
        worker.execute(() -> {
            try {
                Thread.sleep(DEBOUNCE_MILLIS); // typing: only the last of a burst of edits is drawn
            } catch (InterruptedException e) {
                return;
            }
            if (request != requests.get()) {
                return;
            }
            List<PlanePlot> made = PlanePlots.of(DiagnosisService.get().engine(), d);
            point.getDisplay().asyncExec(() -> {
                if (request == requests.get() && !plane.isDisposed()) {
                    plots = made;
                    List<String> planes = new ArrayList<>();
                    made.forEach(p -> planes.add(p.plane()));
                    plane.setItems(planes.toArray(new String[0]));
                    status.setText(made.isEmpty() ? "no applicable curve to draw" : "");
                    showSelected();
                }
            });
        });
    }

    /** Shows the plane of a constraint (e.g. the one selected in the Constraints view). */
    public void showPlane(String name) {
        wantedPlane = name;
        showSelected();
    }

    private void showSelected() {
        if (plots.isEmpty()) {
            canvas.setChart(null);
            return;
        }
        int index = 0;
        for (int i = 0; i < plots.size(); i++) {
            if (plots.get(i).plane().equals(wantedPlane)) {
                index = i;
            }
        }
        plane.select(index);
        canvas.setChart(plots.get(index).chart());
        plane.getParent().layout();
    }

    /** The planes drawn, for tests. */
    public List<PlanePlot> plots() {
        return plots;
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        DiagnosisService.get().removeListener(listener);
        getSite().getPage().removePartListener(editorTracker);
        getSite().getPage().removeSelectionListener(ConstraintsView.ID, constraintTracker);
        worker.shutdownNow();
        super.dispose();
    }
}
