package org.darkcheck.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.Evaluator;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole built-in catalog judged for one model point whose derived quantities
 * are computed already (issue 6 target: at most 50 us on one core): rules
 * (Drools session), applicability, recast and one verdict per constraint.
 * Four model kinds: a minimal dark photon, one decaying to Dirac dark matter
 * (thermal: the relic abundance is solved once in the setup and cached), a dark
 * scalar and a B-L boson.
 * <p>
 * {@code wholeCatalogForOnePoint} judges the same point again and again: the engine
 * remembers each constraint's last lifetime-window recast (it depends on the mass and
 * the widths, not on the coupling), as when a physicist edits the coupling.
 * {@code wholeCatalogNewMassEachCall} moves the mediator mass on every call (4096
 * points 0.001 % apart, cycled: more than the engine remembers per constraint), so
 * that every recast is computed afresh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogBenchmarks {

    @Param({"dark-photon", "dark-photon+dirac", "dark-scalar", "b-l"})
    public String model;

    private DarkCheckEngine engine;
    private DerivedQuantities derived;
    private DerivedQuantities[] nearby;
    private int next;

    @Setup
    public void setUp() {
        engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        if (!engine.problems().isEmpty()) {
            throw new IllegalStateException("the built-in knowledge base has problems: " + engine.problems());
        }
        ModelSnapshot point = switch (model) {
            case "dark-photon" -> ModelSnapshot.darkPhoton(0.05, 1e-4);
            case "dark-photon+dirac" -> ModelSnapshot.darkPhoton(0.06, 1e-4).withDarkMatter(DarkMatterType.DIRAC, 0.02, 0, 0.5);
            case "dark-scalar" -> new ModelSnapshot(MediatorType.DARK_SCALAR, 0.3, 1e-4, DarkMatterType.NONE, 0, 0, 0,
                    false, false, false);
            default -> new ModelSnapshot(MediatorType.B_L, 0.05, 1e-5, DarkMatterType.NONE, 0, 0, 0, false, false, false);
        };
        derived = Evaluator.derive(point);
        engine.check(derived); // solves the lazy relic abundance once, so that it is part of the derived quantities
        nearby = new DerivedQuantities[4096];
        for (int i = 0; i < nearby.length; i++) {
            ModelSnapshot moved = new ModelSnapshot(point.mediator(), point.mediatorMass() * (1 + 1e-5 * i), point.coupling(),
                    point.darkMatter(), point.darkMatterMass(), point.splitting(), point.alphaD(), point.mediatorIsDarkMatter(),
                    point.allOfDarkMatter(), point.thermal());
            nearby[i] = Evaluator.derive(moved);
            engine.check(nearby[i]);
        }
    }

    @Benchmark
    public Diagnosis wholeCatalogForOnePoint() {
        return engine.check(derived);
    }

    @Benchmark
    public Diagnosis wholeCatalogNewMassEachCall() {
        next = (next + 1) % nearby.length;
        return engine.check(nearby[next]);
    }
}
