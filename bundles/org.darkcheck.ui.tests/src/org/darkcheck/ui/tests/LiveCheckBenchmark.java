package org.darkcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.darkcheck.model.Examples;
import org.darkcheck.ui.application.DarkCheckPerspective;
import org.darkcheck.ui.application.ExampleProject;
import org.darkcheck.ui.diagnosis.LiveLatency;
import org.darkcheck.ui.editor.DarksideEditor;
import org.darkcheck.ui.editor.QuantityField;
import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): edit ->
 * verdicts shown in the real workbench. Types a new coupling into the form
 * {@value #EDITS} times, {@value #PAUSE_MILLIS} ms apart once the previous
 * verdicts are shown, and records for each edit the time from the edit to the
 * Constraints view showing its verdicts (repaints of the workbench between
 * edits are not counted; the edit's own re-layout is). Run it with
 * releng/scripts/benchmark-live.sh; it prints the median and the 99th
 * percentile and writes them to target/live-latency.txt.
 */
class LiveCheckBenchmark {

    private static final int WARM_UP = 50;
    private static final int EDITS = 500;
    /** Time between one edit's verdicts appearing and the next edit (a quick typist's pace). */
    private static final int PAUSE_MILLIS = 150;

    @Test
    void editToVerdictsShown() throws Exception {
        IFile file = ExampleProject.ensure("benchmark", Examples.DEFAULT);
        file.setContents(new java.io.ByteArrayInputStream(Examples.bytes(Examples.DEFAULT)), IResource.FORCE, null);
        PlatformUI.getWorkbench().showPerspective(DarkCheckPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IWorkbenchPage page = Workbench.page();
        ConstraintsView view = (ConstraintsView) page.showView(ConstraintsView.ID);
        DarksideEditor editor = (DarksideEditor) IDE.openEditor(page, file, DarksideEditor.ID);
        page.activate(editor);
        QuantityField coupling = (QuantityField) editor.formPage().field(0, "mediator.coupling");
        Workbench.waitUntil("the first diagnosis", Duration.ofSeconds(60), () -> view.shownResult() != null);
        int catalog = view.shownResult().firstDiagnosis().verdicts().size();

        for (int i = 0; i < WARM_UP + EDITS; i++) {
            if (i == WARM_UP) {
                LiveLatency.reset();
            }
            double eps = 1e-5 * Math.pow(1e3, (i % 37) / 36.0) * (1 + i * 1e-6);
            coupling.text().setText(String.format(Locale.ROOT, "%.6e", eps));
            coupling.text().notifyListeners(SWT.DefaultSelection, new Event());
            int recorded = LiveLatency.count();
            boolean warmUp = i < WARM_UP;
            Workbench.waitUntil("the verdicts of edit " + i, Duration.ofSeconds(30),
                    () -> LiveLatency.count() > recorded || warmUp && view.shownResult() != null);
            Workbench.settle(Duration.ofMillis(PAUSE_MILLIS)); // the next edit comes after a pause, as typing does
        }
        assertEquals(EDITS, LiveLatency.count());
        String figures = String.format(Locale.ROOT,
                "edit -> verdicts shown, %d edits " + PAUSE_MILLIS + " ms apart, %d constraints in the catalog: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (median evaluation part: %.3f ms, median Constraints-view refresh: %.3f ms)",
                EDITS, catalog, LiveLatency.quantileMillis(0.5), LiveLatency.quantileMillis(0.9),
                LiveLatency.quantileMillis(0.99), LiveLatency.quantileMillis(1.0), LiveLatency.medianEvaluationMillis(),
                LiveLatency.medianRenderMillis());
        System.out.println(figures);

        Files.writeString(Path.of("target", "live-latency.txt"), figures + "\n", StandardCharsets.UTF_8);
    }
}
