package org.darkcheck.ui.scan;

import java.util.List;
import java.util.Locale;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.report.ScanOutput;
import org.darkcheck.ui.plots.ChartCanvas;
import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;

/** The maps of the last scan run in the workbench: allowed region and strongest constraint. */
public final class ScanResultView extends ViewPart {

    public static final String ID = "org.darkcheck.ui.views.scanResult";

    private Combo map;
    private Label summary;
    private ChartCanvas canvas;
    private List<JFreeChart> charts = List.of();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        map = new Combo(root, SWT.READ_ONLY);
        map.addListener(SWT.Selection, e -> canvas.setChart(charts.get(map.getSelectionIndex())));
        summary = new Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Run a scan (File > New > Other > DarkCheck > Scan) to see its maps here.");
        canvas = new ChartCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Action again = new Action("Open the scan wizard") {
            @Override
            public void run() {
                ScanWizard.open(getSite().getWorkbenchWindow());
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(again);
    }

    public void show(Scan scan, List<ScanPoint> points, IContainer folder) {
        charts = ScanOutput.maps(scan.x(), scan.y(), points);
        map.setItems(charts.stream().map(c -> c.getTitle().getText()).toArray(String[]::new));
        map.select(0);
        canvas.setChart(charts.get(0));
        long allowed = points.stream().filter(p -> p.overall() == Status.ALLOWED).count();
        summary.setText(String.format(Locale.ROOT, "%d points, %.1f %% allowed; files in %s", points.size(),
                100.0 * allowed / Math.max(1, points.size()), folder.getFullPath()));
        map.getParent().layout();
    }

    /** The maps shown, for tests. */
    public List<JFreeChart> charts() {
        return charts;
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }
}
