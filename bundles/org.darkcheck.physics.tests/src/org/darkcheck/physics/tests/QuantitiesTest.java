package org.darkcheck.physics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.units.Quantities;
import org.darkcheck.physics.units.QuantityFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30 MeV|0.03", "30MeV|0.03", "0.03|0.03", "3e-2 GeV|0.03", "100 eV|1e-7",
        "  2.5 keV |2.5e-6", "1 TeV|1000", "5 meV|5e-12"})
    void parsesMassesWithUnits(String text, double gev) {
        assertEquals(gev, Quantities.parsePositiveMassGeV("mass", text), gev * 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5 MeV", "NaN", "Infinity", "0", "", "5 furlongs", "1e999"})
    void refusesBadMasses(String text) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class,
                () -> Quantities.parsePositiveMassGeV("mediator.mass", text));
        assertTrue(e.getMessage().startsWith("mediator.mass"), e.getMessage());
    }

    @Test
    void numbersTakeNoUnit() {
        assertEquals(1e-3, Quantities.parseNumber("c", "1e-3"));
        assertThrows(QuantityFormatException.class, () -> Quantities.parseNumber("c", "1e-3 MeV"));
        assertThrows(QuantityFormatException.class, () -> Quantities.parseNumber("c", "abc"));
    }

    @Test
    void formatsMassesInASensibleUnit() {
        assertEquals("60 MeV", Quantities.formatMass(0.06));
        assertEquals("1.5 GeV", Quantities.formatMass(1.5));
        assertEquals("100 eV", Quantities.formatMass(1e-7));
        assertEquals("1.0e-3", Quantities.formatScientific(1e-3, 1));
        assertEquals("1.9e-4", Quantities.formatScientific(1.912e-4, 1));
        assertEquals("5.2", Quantities.formatRatio(5.231));
        assertEquals("19", Quantities.formatRatio(19.13));
        assertEquals("0.019", Quantities.formatRatio(0.01913));
        assertEquals("120", Quantities.formatRatio(123.4));
        assertEquals("3", Quantities.formatRatio(3.0));
    }
}
