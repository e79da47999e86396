package org.darkcheck.ui.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Checks model files in the background and tells the views: one engine for the
 * workbench (built on first use), the latest result per file, listeners called
 * on the UI thread, and Problems-view markers for excluding verdicts.
 */
public final class DiagnosisService {

    private static final DiagnosisService INSTANCE = new DiagnosisService();

    private final Map<IFile, CheckResult> latest = new ConcurrentHashMap<>();
    private final List<Consumer<CheckResult>> listeners = new CopyOnWriteArrayList<>();
    private volatile DarkCheckEngine engine;

    private DiagnosisService() {
    }

    public static DiagnosisService get() {
        return INSTANCE;
    }

    /** The engine on the built-in knowledge base, built on first use (a second or two). */
    public DarkCheckEngine engine() {
        DarkCheckEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
                    for (KnowledgeProblem p : e.problems()) {
                        ILog.of(DiagnosisService.class).warn("knowledge base: " + p);
                    }
                    engine = e;
                }
            }
        }
        return e;
    }

    public CheckResult latest(IFile file) {
        return latest.get(file);
    }

    public void addListener(Consumer<CheckResult> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CheckResult> listener) {
        listeners.remove(listener);
    }

    /**
     * Checks the first model point of a study in a background job. The model is
     * snapshotted here, on the caller's thread, so later edits cannot race the check.
     */
    public Job check(IFile file, Study study) {
        ModelPoint point = study.getPoints().isEmpty() ? null : study.getPoints().get(0);
        String pointName = point == null ? "(none)" : point.getName();
        ModelSnapshot snapshot;
        String problem = null;
        try {
            if (point == null) {
                throw new InvalidModelException("points", "the study has no model point");
            }
            snapshot = Snapshots.of(point);
        } catch (InvalidModelException e) {
            snapshot = null;
            problem = e.getMessage();
        }
        ModelSnapshot model = snapshot;
        String modelProblem = problem;
        Job job = Job.create("DarkCheck: checking " + file.getName(), (IProgressMonitor monitor) -> {
            CheckResult result;
            if (model == null) {
                result = new CheckResult(file, pointName, null, modelProblem);
            } else {
                try {
                    Diagnosis d = engine().check(model);
                    result = new CheckResult(file, pointName, d, null);
                } catch (RuntimeException e) {
                    ILog.of(DiagnosisService.class).error("checking " + file.getFullPath() + " failed", e);
                    result = new CheckResult(file, pointName, null, "internal error: " + e);
                }
            }
            publish(result);
            return Status.OK_STATUS;
        });
        job.setRule(null);
        job.schedule();
        return job;
    }

    private void publish(CheckResult result) {
        latest.put(result.file(), result);
        VerdictMarkers.update(result);
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            for (Consumer<CheckResult> l : listeners) {
                try {
                    l.accept(result);
                } catch (RuntimeException e) {
                    ILog.of(DiagnosisService.class).log(new Status(IStatus.ERROR, "org.darkcheck.ui",
                            "a diagnosis listener failed", e));
                }
            }
        });
    }
}
