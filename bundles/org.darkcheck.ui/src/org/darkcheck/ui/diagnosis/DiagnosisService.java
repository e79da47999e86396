package org.darkcheck.ui.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
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
import org.darkcheck.ui.diagnosis.CheckResult.PointResult;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

/**
 * Live diagnosis for the workbench. Every edit asks for a check of the model's
 * current state: the model points are snapshotted at once on the caller's
 * (UI) thread, evaluated on one background thread, and the result is shown
 * only if no newer edit came in meanwhile, so a slow check never shows a stale
 * verdict and the UI thread never waits. One engine for the workbench, built
 * in the background on first use; listeners are called on the UI thread.
 */
public final class DiagnosisService {

    private static final DiagnosisService INSTANCE = new DiagnosisService();

    private final Map<IFile, CheckResult> latest = new ConcurrentHashMap<>();
    private final Map<IFile, AtomicLong> generations = new ConcurrentHashMap<>();
    private final List<Consumer<CheckResult>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "DarkCheck live check");
        t.setDaemon(true);
        return t;
    });
    private final VerdictMarkers markers = new VerdictMarkers();
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

    /** Builds the engine in the background now, so that the first check is fast. */
    public void warmUp() {
        worker.execute(this::engine);
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

    private AtomicLong generation(IFile file) {
        return generations.computeIfAbsent(file, f -> new AtomicLong());
    }

    /**
     * Asks for a check of every model point of the study in its current state.
     * Call on the thread that owns the model (the UI thread); returns at once.
     */
    public long check(IFile file, Study study) {
        long requested = System.nanoTime();
        long gen = generation(file).incrementAndGet();
        List<Object> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ModelPoint point : study.getPoints()) {
            names.add(point.getName() == null ? "(unnamed)" : point.getName());
            try {
                inputs.add(Snapshots.of(point));
            } catch (InvalidModelException e) {
                inputs.add(e.getMessage());
            }
        }
        worker.execute(() -> {
            if (gen != generation(file).get()) {
                return; // a newer edit superseded this one
            }
            List<PointResult> points = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Object input = inputs.get(i);
                if (input instanceof ModelSnapshot snapshot) {
                    try {
                        Diagnosis d = engine().check(snapshot);
                        points.add(new PointResult(names.get(i), d, null));
                    } catch (RuntimeException e) {
                        ILog.of(DiagnosisService.class).error("checking " + file.getFullPath() + " failed", e);
                        points.add(new PointResult(names.get(i), null, "internal error: " + e));
                    }
                } else {
                    points.add(new PointResult(names.get(i), null, (String) input));
                }
            }
            publish(new CheckResult(file, gen, requested, System.nanoTime(), points));
        });
        return gen;
    }

    private void publish(CheckResult result) {
        if (result.generation() != generation(result.file()).get()) {
            return;
        }
        latest.put(result.file(), result);
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (result.generation() != generation(result.file()).get()) {
                return;
            }
            for (Consumer<CheckResult> l : listeners) {
                try {
                    l.accept(result);
                } catch (RuntimeException e) {
                    ILog.of(DiagnosisService.class).error("a diagnosis listener failed", e);
                }
            }
        });
        markers.update(result);
    }
}
