package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.Test;

/** The local scan: grid values, known verdicts at known points, order, and a stop that leaves a clean prefix. */
class ScanTest {

    @Test
    void axesSpaceTheirPointsAsAsked() {
        ScanAxis log = ScanAxis.parse("mediator.mass=1MeV:1GeV:log:4");
        assertEquals(1e-3, log.value(0), 1e-15);
        assertEquals(1e-2, log.value(1), 1e-12);
        assertEquals(1.0, log.value(3), 1e-12);
        ScanAxis lin = ScanAxis.parse("alpha-d=0.1:0.5:lin:5");
        assertEquals(0.3, lin.value(2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ScanAxis.parse("mediator.mass=1MeV:1MeV:log:3"));
        assertThrows(IllegalArgumentException.class, () -> ScanAxis.parse("dm=1:2:lin:3"));
    }

    @Test
    void knownPointsGetTheirKnownVerdicts() throws Exception {
        // E137 at 20 MeV without dark matter: eps = 1e-6 inside its band with r ~ 19 (E137VisibleTest), so the
        // point is excluded and its strongest r is at least that; the scan row equals a direct check
        Scan scan = new Scan(ModelSnapshot.darkPhoton(0.02, 1e-6), ScanAxis.parse("mediator.coupling=1e-6:1e-3:log:2"), null);
        List<ScanPoint> rows = new ArrayList<>();
        scan.run(BuiltInEngine.get(), 2, new AtomicBoolean(), rows::add, n -> { });
        assertEquals(2, rows.size());
        assertEquals(Status.EXCLUDED, rows.get(0).overall());
        assertTrue(rows.get(0).r() >= 19.1 * 0.98, "strongest r " + rows.get(0).r());
        for (int i = 0; i < 2; i++) {
            var d = BuiltInEngine.get().check(scan.model(i));
            assertEquals(d.overall(), rows.get(i).overall());
            assertEquals(d.strongest().orElseThrow().id(), rows.get(i).strongest());
        }
    }

    @Test
    void rowsComeInGridOrderAndAStopLeavesAPrefix() throws Exception {
        Scan scan = new Scan(ModelSnapshot.darkPhoton(0.02, 1e-6), ScanAxis.parse("mediator.mass=2MeV:200MeV:log:100"),
                ScanAxis.parse("mediator.coupling=1e-8:1e-2:log:100"));
        AtomicBoolean stop = new AtomicBoolean();
        List<ScanPoint> rows = new ArrayList<>();
        long done = scan.run(BuiltInEngine.get(), 2, stop, rows::add, n -> {
            if (n >= 2000) {
                stop.set(true);
            }
        });
        assertTrue(done < scan.size(), "the scan stopped early");
        assertEquals(done, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, rows.get(i).index(), "rows in grid order without gaps");
        }
    }
}
