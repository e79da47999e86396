package org.darkcheck.engine.rules;

import org.darkcheck.engine.facts.Decisions;
import org.darkcheck.engine.facts.ModelFacts;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session, reused for many model points by one thread: insert the
 * model's facts, fire, read the decisions, retract. Not thread-safe.
 */
public final class RuleSession {

    /** A check that fires more rules than this has a looping rule. */
    public static final int MAX_FIRINGS = 10_000;

    private final KieSession session;
    private final Decisions decisions = new Decisions();

    public RuleSession(RuleBase rules) {
        this.session = RuleBase.withDroolsClassLoader(() -> rules.kieBase().newKieSession());
        if (!rules.compiledFiles().isEmpty()) {
            session.setGlobal("decisions", decisions);
        }
    }

    /** The decisions of the rules for one model; valid until the next call. */
    public Decisions decide(ModelFacts facts) {
        decisions.clear();
        // Drools jits constraints after a few evaluations and finds its executor through the
        // thread context class loader: set it for every check, not only for the build.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DROOLS_LOADER);
        FactHandle handle = session.insert(facts);
        try {
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times for one model: a rule loops");
            }
        } finally {
            session.delete(handle);
            thread.setContextClassLoader(previous);
        }
        return decisions;
    }

    private static final ClassLoader DROOLS_LOADER = org.kie.api.KieBase.class.getClassLoader();

    public void dispose() {
        session.dispose();
    }
}
