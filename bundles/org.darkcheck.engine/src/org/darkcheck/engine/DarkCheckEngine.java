package org.darkcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.engine.catalog.LimitFileException;
import org.darkcheck.engine.catalog.LimitFileReader;
import org.darkcheck.engine.catalog.NamedText;
import org.darkcheck.engine.facts.Decisions;
import org.darkcheck.engine.facts.Decisions.Decision;
import org.darkcheck.engine.facts.ModelFacts;
import org.darkcheck.engine.recast.Recaster;
import org.darkcheck.engine.rules.RuleBase;
import org.darkcheck.engine.rules.RuleSession;
import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.Evaluator;
import org.darkcheck.physics.ModelSnapshot;

/**
 * The diagnosis of model points against a knowledge base: the catalog of
 * constraints with their curves, and the compiled rules that decide, per
 * constraint, whether it applies and how it scales. Built once, then
 * {@link #check} is thread-safe (one Drools session per thread).
 */
public final class DarkCheckEngine {

    private final List<Constraint> catalog;
    private final RuleBase rules;
    private final List<KnowledgeProblem> problems;
    private final long buildNanos;
    private final ThreadLocal<RuleSession> sessions;

    private DarkCheckEngine(List<Constraint> catalog, RuleBase rules, List<KnowledgeProblem> problems, long buildNanos) {
        this.catalog = List.copyOf(catalog);
        this.rules = rules;
        this.problems = List.copyOf(problems);
        this.buildNanos = buildNanos;
        this.sessions = ThreadLocal.withInitial(() -> new RuleSession(rules));
    }

    /**
     * Reads the limit files and compiles the rules of the given sources, in order.
     * A file that cannot be read or compiled is left out and listed in {@link #problems()};
     * a constraint id given twice keeps its first definition.
     */
    public static DarkCheckEngine build(List<KnowledgeSource> sources) {
        long start = System.nanoTime();
        Map<String, Constraint> byId = new LinkedHashMap<>();
        List<KnowledgeProblem> problems = new ArrayList<>();
        List<NamedText> drl = new ArrayList<>();
        for (KnowledgeSource source : sources) {
            for (NamedText file : source.limitFiles()) {
                try {
                    Constraint c = LimitFileReader.read(file);
                    if (byId.containsKey(c.id())) {
                        problems.add(new KnowledgeProblem(file.name(), 1, "constraint id " + c.id()
                                + " is already defined by " + byId.get(c.id()).source() + "; this file is ignored"));
                    } else {
                        byId.put(c.id(), c);
                    }
                } catch (LimitFileException e) {
                    problems.add(e.problem());
                }
            }
            drl.addAll(source.ruleFiles());
        }
        RuleBase rules = RuleBase.compile(drl);
        problems.addAll(rules.problems());
        return new DarkCheckEngine(new ArrayList<>(byId.values()), rules, problems, System.nanoTime() - start);
    }

    public List<Constraint> catalog() {
        return catalog;
    }

    /** Files that were left out, each with where and why. */
    public List<KnowledgeProblem> problems() {
        return problems;
    }

    /** How long reading the catalog and compiling the rules took [ns]. */
    public long buildNanos() {
        return buildNanos;
    }

    /** Derives the model's quantities and judges it against every constraint of the catalog. */
    public Diagnosis check(ModelSnapshot model) {
        return check(Evaluator.derive(model));
    }

    /** Judges a model whose quantities are derived already against every constraint of the catalog. */
    public Diagnosis check(DerivedQuantities derived) {
        ModelSnapshot model = derived.model();
        ModelFacts facts = new ModelFacts(derived);
        Decisions decisions = sessions.get().decide(facts);
        List<Verdict> verdicts = new ArrayList<>(catalog.size());
        for (Constraint c : catalog) {
            Decision d = decisions.get(c.id());
            if (d == null) {
                verdicts.add(Recaster.undecided(c, facts));
            } else if (!d.applies()) {
                verdicts.add(Recaster.notApplicable(c, d, facts));
            } else {
                verdicts.add(Recaster.recast(c, d.recipe(), facts));
            }
        }
        return new Diagnosis(model, derived, verdicts);
    }
}
