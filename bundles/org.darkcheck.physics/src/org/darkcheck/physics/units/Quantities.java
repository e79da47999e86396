package org.darkcheck.physics.units;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and prints quantities typed by a user: masses with an energy unit
 * ({@code 30 MeV}, {@code 3e-2 GeV}, {@code 100 eV}; no unit means GeV) and
 * dimensionless numbers. Units are case-sensitive because {@code meV}
 * (milli-electronvolt) and {@code MeV} differ by 10^9.
 */
public final class Quantities {

    /** Energy units in GeV. */
    private static final Map<String, Double> ENERGY_UNITS = Map.of(
            "meV", 1e-12,
            "eV", 1e-9,
            "keV", 1e-6,
            "MeV", 1e-3,
            "GeV", 1.0,
            "TeV", 1e3);

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]*)\\s*");

    private Quantities() {
    }

    /**
     * A mass or energy in GeV from text such as {@code "30 MeV"}; positive and finite.
     *
     * @param what the name of the quantity, used in the message (e.g. {@code "mediator.mass"})
     */
    public static double parsePositiveMassGeV(String what, String text) {
        double value = parseEnergyGeV(what, text);
        if (!(value > 0)) {
            throw new QuantityFormatException(what + " must be positive, got '" + text.trim() + "'");
        }
        return value;
    }

    /** A non-negative energy in GeV (e.g. a mass splitting, which may be zero). */
    public static double parseNonNegativeMassGeV(String what, String text) {
        double value = parseEnergyGeV(what, text);
        if (value < 0) {
            throw new QuantityFormatException(what + " must not be negative, got '" + text.trim() + "'");
        }
        return value;
    }

    private static double parseEnergyGeV(String what, String text) {
        Matcher m = matchNumber(what, text, "a mass such as '30 MeV'");
        String unit = m.group(2);
        double scale;
        if (unit.isEmpty()) {
            scale = 1.0;
        } else {
            Double known = ENERGY_UNITS.get(unit);
            if (known == null) {
                throw new QuantityFormatException(what + ": unknown unit '" + unit
                        + "' (use meV, eV, keV, MeV, GeV or TeV; no unit means GeV)");
            }
            scale = known;
        }
        return finite(what, text, Double.parseDouble(m.group(1)) * scale);
    }

    /** A dimensionless number, finite, with no unit. */
    public static double parseNumber(String what, String text) {
        Matcher m = matchNumber(what, text, "a number such as '1e-3'");
        if (!m.group(2).isEmpty()) {
            throw new QuantityFormatException(what + " is dimensionless and takes no unit, got '" + text.trim() + "'");
        }
        return finite(what, text, Double.parseDouble(m.group(1)));
    }

    private static Matcher matchNumber(String what, String text, String example) {
        if (text == null || text.isBlank()) {
            throw new QuantityFormatException(what + " is empty; expected " + example);
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        if (!m.matches()) {
            throw new QuantityFormatException(what + ": '" + text.trim() + "' is not " + example);
        }
        return m;
    }

    private static double finite(String what, String text, double value) {
        if (!Double.isFinite(value)) {
            throw new QuantityFormatException(what + ": '" + text.trim() + "' is out of range");
        }
        return value;
    }

    /** A mass in GeV shown in the unit that keeps the number between 1 and 1000, e.g. {@code 60 MeV}. */
    public static String formatMass(double gev) {
        double abs = Math.abs(gev);
        String unit;
        double value;
        if (abs >= 1e3) {
            unit = "TeV";
            value = gev / 1e3;
        } else if (abs >= 1 || abs == 0) {
            unit = "GeV";
            value = gev;
        } else if (abs >= 1e-3) {
            unit = "MeV";
            value = gev / 1e-3;
        } else if (abs >= 1e-6) {
            unit = "keV";
            value = gev / 1e-6;
        } else if (abs >= 1e-9) {
            unit = "eV";
            value = gev / 1e-9;
        } else {
            unit = "meV";
            value = gev / 1e-12;
        }
        return formatNumber(value) + " " + unit;
    }

    /** A number with at most 4 significant figures and no trailing zeros: {@code 60}, {@code 1.5}, {@code 1.9e-4}. */
    public static String formatNumber(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double abs = Math.abs(value);
        if (abs >= 1e-3 && abs < 1e5) {
            String s = String.format(Locale.ROOT, "%.4g", value);
            if (s.contains("e")) {
                return s;
            }
            if (s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return formatScientific(value, 1);
    }

    /**
     * A ratio such as r with two significant figures: {@code 5.2}, {@code 19},
     * {@code 0.019}; scientific notation below 1e-3 and from 1e5 on.
     */
    public static String formatRatio(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double abs = Math.abs(value);
        if (abs < 1e-3 || abs >= 1e5) {
            return formatScientific(value, 1);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(2));
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain;
    }

    /** A number in scientific notation with the given digits after the point, e.g. {@code 1.0e-3}, {@code 1.9e-4}. */
    public static String formatScientific(double value, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "e", value);
        int e = s.indexOf('e');
        int exponent = Integer.parseInt(s.substring(e + 1));
        return s.substring(0, e) + "e" + exponent;
    }
}
