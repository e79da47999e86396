package org.darkcheck.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.darkcheck.engine.DarkCheckEngine;

/**
 * The rule base of this JVM: built once per executor (per knowledge base) on first use,
 * then shared by every task the executor runs. {@link DarkCheckEngine#check} is
 * thread-safe (one Drools session per thread), so concurrent tasks share it.
 */
public final class ExecutorEngine {

    private static final Map<String, DarkCheckEngine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private ExecutorEngine() {
    }

    /** The engine and whether this call built it (how long it took, else 0 ns). */
    public record Lease(DarkCheckEngine engine, long buildNanos) {
    }

    public static Lease of(Knowledge knowledge) {
        String key = knowledge.fingerprint();
        DarkCheckEngine engine = ENGINES.get(key);
        if (engine != null) {
            return new Lease(engine, 0);
        }
        synchronized (ExecutorEngine.class) {
            engine = ENGINES.get(key);
            if (engine != null) {
                return new Lease(engine, 0);
            }
            engine = DarkCheckEngine.build(knowledge.sources());
            ENGINES.put(key, engine);
            BUILDS.incrementAndGet();
            return new Lease(engine, engine.buildNanos());
        }
    }

    /** How many rule bases this JVM has built. */
    public static int builds() {
        return BUILDS.get();
    }
}
