package org.darkcheck.ui.scan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.report.ScanOutput;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * A scan as an Eclipse job: progress in the Progress view, Cancel stops it
 * after the chunk in flight and keeps a valid scan.csv of what was done; the
 * maps open in the Scan Result view when it finishes.
 */
public final class ScanJob extends Job {

    private final Scan scan;
    private final IContainer folder;
    private final int threads;
    private final List<ScanPoint> points = new ArrayList<>();
    private volatile boolean stopped;

    public ScanJob(Scan scan, IContainer folder, int threads) {
        super("DarkCheck scan of " + scan.size() + " points");
        this.scan = scan;
        this.folder = folder;
        this.threads = threads;
        setUser(true);
    }

    public List<ScanPoint> points() {
        return points;
    }

    public boolean stopped() {
        return stopped;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing " + scan.size() + " model points", (int) Math.min(scan.size(), Integer.MAX_VALUE));
        Path dir = folder.getLocation().toFile().toPath();
        AtomicBoolean stop = new AtomicBoolean();
        long[] reported = {0};
        try {
            Files.createDirectories(dir);
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(ScanOutput.CSV), StandardCharsets.UTF_8)) {
                w.write(ScanOutput.header(scan.x(), scan.y()));
                scan.run(DiagnosisService.get().engine(), threads, stop, p -> {
                    points.add(p);
                    try {
                        w.write(ScanOutput.line(p, scan.y() != null));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, done -> {
                    progress.worked((int) (done - reported[0]));
                    reported[0] = done;
                    progress.subTask(done + " of " + scan.size() + " points");
                    if (monitor.isCanceled()) {
                        stop.set(true);
                    }
                });
            }
            stopped = stop.get();
            if (!stopped) {
                ScanOutput.writeMaps(dir, scan.x(), scan.y(), points);
            }
            folder.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (IOException | CoreException | RuntimeException e) {
            return new Status(IStatus.ERROR, "org.darkcheck.ui", "The scan failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        }
        Display.getDefault().asyncExec(this::showResult);
        return stopped ? new Status(IStatus.CANCEL, "org.darkcheck.ui", "Scan stopped after " + points.size()
                + " points; " + folder.getFullPath().append(ScanOutput.CSV) + " holds them") : Status.OK_STATUS;
    }

    private void showResult() {
        if (stopped || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            ScanResultView view = (ScanResultView) page.showView(ScanResultView.ID);
            view.show(scan, points, folder);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(ScanJob.class).error("could not show the scan result", e);
        }
    }
}
