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
import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;
import org.darkcheck.ui.diagnosis.CheckResult.PointResult;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

/**
 * Live diagnosis for the workbench. Every edit asks for a check of the model's
 * current state: the model points are snapshotted at once on the caller's
 * (UI) thread, evaluated on one background thread, and the result is shown
 * only if no newer edit came in meanwhile, so a slow check never shows a stale
 * verdict and the UI thread never waits. One engine for the workbench, built
 * in the background on first use from the built-in knowledge base and the
 * user's constraints ({@link UserConstraints}), and rebuilt when those change;
 * listeners are called on the UI thread.
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
    private final List<Runnable> knowledgeListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong knowledgeGeneration = new AtomicLong();
    private volatile DarkCheckEngine engine;
    private volatile List<KnowledgeProblem> knowledgeProblems = List.of();

    private DiagnosisService() {
        try {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(new UserConstraints(this::reloadKnowledge),
                    IResourceChangeEvent.POST_CHANGE);
        } catch (IllegalStateException e) {
            ILog.of(DiagnosisService.class).warn("no workspace: user constraints are not watched", e);
        }
    }

    public static DiagnosisService get() {
        return INSTANCE;
    }

    /** The engine on the built-in knowledge base and the user's constraints, built on first use (a second or two). */
    public DarkCheckEngine engine() {
        DarkCheckEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = build();
                    engine = e;
                }
            }
        }
        return e;
    }

    /** The problems of the knowledge base now in use (user files that did not load), for the Problems view and tests. */
    public List<KnowledgeProblem> knowledgeProblems() {
        engine();
        return knowledgeProblems;
    }

    /** Called on the UI thread after the knowledge base was reloaded (the open models should be checked again). */
    public void addKnowledgeListener(Runnable listener) {
        knowledgeListeners.add(listener);
    }

    public void removeKnowledgeListener(Runnable listener) {
        knowledgeListeners.remove(listener);
    }

    /**
     * Rebuilds the engine from the built-in knowledge base and the user's constraint folders, in the
     * background; the old engine serves checks until the new one is ready. A burst of changes (a folder
     * pasted) is one rebuild.
     */
    public void reloadKnowledge() {
        long gen = knowledgeGeneration.incrementAndGet();
        worker.execute(() -> {
            if (gen != knowledgeGeneration.get()) {
                return;
            }
            DarkCheckEngine e = build();
            synchronized (this) {
                engine = e;
            }
            Display display = Display.getDefault();
            display.asyncExec(() -> knowledgeListeners.forEach(l -> {
                try {
                    l.run();
                } catch (RuntimeException ex) {
                    ILog.of(DiagnosisService.class).error("a knowledge listener failed", ex);
                }
            }));
        });
    }

    private DarkCheckEngine build() {
        List<KnowledgeProblem> problems = new ArrayList<>();
        List<org.eclipse.core.resources.IFolder> folders = List.of();
        List<KnowledgeSource> sources = new ArrayList<>();
        sources.add(BuiltInKnowledge.source());
        try {
            folders = UserConstraints.folders();
            sources.addAll(UserConstraints.sources(folders, problems));
        } catch (IllegalStateException e) {
            ILog.of(DiagnosisService.class).warn("no workspace: only the built-in constraints are used", e);
        }
        DarkCheckEngine e;
        try {
            e = DarkCheckEngine.build(sources);
        } catch (RuntimeException ex) {
            // never lose the built-in verdicts to a user file
            ILog.of(DiagnosisService.class).error("the user constraints could not be loaded", ex);
            problems.add(new KnowledgeProblem(folders.isEmpty() ? "constraints" : folders.get(0).getLocation().toOSString(),
                    0, "the user constraints could not be loaded: " + ex));
            e = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        }
        problems.addAll(e.problems());
        for (KnowledgeProblem p : problems) {
            ILog.of(DiagnosisService.class).warn("knowledge base: " + p);
        }
        knowledgeProblems = List.copyOf(problems);
        if (!folders.isEmpty() || !problems.isEmpty()) {
            UserConstraints.mark(folders, problems);
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
