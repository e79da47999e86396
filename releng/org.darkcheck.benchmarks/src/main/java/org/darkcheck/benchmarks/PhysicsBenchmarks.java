package org.darkcheck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.Evaluator;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.relic.RelicAbundance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The three figures of issue 5, on one thread:
 * <ol>
 * <li>{@link #deriveWithoutRelic}: every derived quantity of one model point
 * except the relic abundance and the thermal target (target 5 us);</li>
 * <li>{@link #relicAbundance}: the relic abundance of one point alone, Boltzmann
 * equation with its cross-section grid (target 1 ms);</li>
 * <li>{@link #thermalTargetLine}: the thermal-target coupling at 100 masses
 * (log-spaced 1 MeV - 1 GeV, m_A' = 3 m_chi, alpha_D = 0.5), one line.</li>
 * </ol>
 * The points cycle through a fixed, seeded set of masses, mediators and
 * dark-matter kinds, so that no result is reused between invocations.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PhysicsBenchmarks {

    private static final DarkMatterType[] KINDS = {DarkMatterType.COMPLEX_SCALAR, DarkMatterType.MAJORANA,
        DarkMatterType.DIRAC, DarkMatterType.PSEUDO_DIRAC};

    private ModelSnapshot[] points;
    private ModelSnapshot[] darkPhotonPoints;
    private int next;
    private int nextRelic;

    @Setup
    public void setUp() {
        Random random = new Random(20251125);
        List<ModelSnapshot> all = new ArrayList<>();
        List<ModelSnapshot> darkPhoton = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            double mChi = 1e-3 * Math.pow(1000, random.nextDouble());
            double ratio = 2.2 + 2 * random.nextDouble();
            double alphaD = 0.05 + 0.45 * random.nextDouble();
            double coupling = Math.pow(10, -6 + 3 * random.nextDouble());
            MediatorType mediator = MediatorType.values()[i % MediatorType.values().length];
            DarkMatterType kind = KINDS[(i / 4) % KINDS.length];
            double splitting = kind == DarkMatterType.PSEUDO_DIRAC ? 1e-5 : 0;
            all.add(new ModelSnapshot(mediator, ratio * mChi, coupling, kind, mChi, splitting, alphaD));
            darkPhoton.add(new ModelSnapshot(MediatorType.DARK_PHOTON, ratio * mChi, coupling, kind, mChi, splitting, alphaD));
        }
        points = all.toArray(ModelSnapshot[]::new);
        darkPhotonPoints = darkPhoton.toArray(ModelSnapshot[]::new);
    }

    /** Every derived quantity of one model point, without the relic abundance (lazy, not asked for). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void deriveWithoutRelic(Blackhole bh) {
        ModelSnapshot p = points[next++ & 255];
        DerivedQuantities d = Evaluator.derive(p);
        bh.consume(d);
        bh.consume(d.sigmaVCm3PerS().number());
        bh.consume(d.decays().total());
    }

    /** The relic abundance of one model point (dark photon, every kind, 1 MeV - 1 GeV). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double relicAbundance() {
        ModelSnapshot p = darkPhotonPoints[nextRelic++ & 255];
        return RelicAbundance.of(p).omegaH2().number();
    }

    /** The relic abundance of one model point, any mediator. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double relicAbundanceAnyMediator() {
        ModelSnapshot p = points[nextRelic++ & 255];
        return RelicAbundance.of(p).omegaH2().number();
    }

    /** The thermal-target line of 100 masses for a complex scalar through a dark photon. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 5, time = 3)
    public void thermalTargetLine(Blackhole bh) {
        for (int i = 0; i < 100; i++) {
            double mChi = 1e-3 * Math.pow(1000, i / 99.0);
            DarkMatterType kind = KINDS[nextRelic & 3];
            ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 3 * mChi, 1e-4, kind, mChi,
                    kind == DarkMatterType.PSEUDO_DIRAC ? 1e-5 : 0, 0.5);
            bh.consume(RelicAbundance.thermalTarget(p).y().number());
        }
        nextRelic++;
    }
}
