package org.darkcheck.engine.tests;

import java.util.List;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.rules.BuiltInKnowledge;

/** The engine on the built-in knowledge base, built once for all tests. */
final class BuiltInEngine {

    private static DarkCheckEngine engine;

    private BuiltInEngine() {
    }

    static synchronized DarkCheckEngine get() {
        if (engine == null) {
            engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        }
        return engine;
    }
}
