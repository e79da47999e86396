package org.darkcheck.engine.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.Reference;

/**
 * Reads DarkCheck's limit-data format (documented in rules/README.md): a header
 * of {@code key: value} lines with the constraint's provenance, a line
 * {@code ---}, then the curve as whitespace-separated columns
 * ({@code mass lower} or {@code mass lower upper}), {@code #} starting a comment.
 * Every problem names the file and line.
 */
public final class LimitFileReader {

    private static final Set<String> REQUIRED = Set.of("id", "title", "experiment", "kind", "plane", "quantity",
            "citation", "columns", "x-unit");
    private static final Set<String> CORE = Set.of("id", "title", "experiment", "kind", "plane", "quantity",
            "confidence", "year", "assumptions", "citation", "arxiv", "bibkey", "upstream", "licence", "columns",
            "x-unit", "note");
    /** Header keys the rules and recipes read (kept in Constraint.properties). */
    public static final Set<String> PROPERTIES = Set.of("search", "production", "final-state", "lepton",
            "reference-alpha-d", "reference-ratio", "reference-density", "y-scale", "limit", "direction", "derived",
            "check", "mediator", "dm-kinds", "status-note", "length-ratio", "fraction-power");
    private static final Set<String> KNOWN = union(CORE, PROPERTIES);
    private static final Map<String, Double> MASS_UNITS = Map.of("eV", 1e-9, "keV", 1e-6, "MeV", 1e-3, "GeV", 1.0);

    private LimitFileReader() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static Constraint read(NamedText file) throws LimitFileException {
        String name = file.name();
        String[] lines = file.text().split("\\r?\\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLine = new LinkedHashMap<>();
        int i = 0;
        boolean separator = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---")) {
                separator = true;
                i++;
                break;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw problem(name, i + 1, "expected 'key: value' in the header, or '---' before the data");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!KNOWN.contains(key)) {
                throw problem(name, i + 1, "unknown header key '" + key + "' (known: " + String.join(", ", sorted(KNOWN)) + ")");
            }
            if (header.containsKey(key)) {
                throw problem(name, i + 1, "header key '" + key + "' given twice");
            }
            header.put(key, value);
            headerLine.put(key, i + 1);
        }
        if (!separator) {
            throw problem(name, lines.length, "no '---' line between the header and the data");
        }
        for (String key : sorted(REQUIRED)) {
            if (!header.containsKey(key) || header.get(key).isEmpty()) {
                throw problem(name, 1, "header key '" + key + "' is missing");
            }
        }
        ConstraintKind kind = ConstraintKind.ofKey(header.get("kind"));
        if (kind == null) {
            throw problem(name, headerLine.get("kind"), "kind '" + header.get("kind")
                    + "' is not one of limit, projection, preferred, cosmology, consistency");
        }
        String columnSpec = header.get("columns");
        int columnCount;
        boolean region = false;
        if (columnSpec.equals("mass lower")) {
            columnCount = 2;
        } else if (columnSpec.equals("mass lower upper")) {
            columnCount = 3;
        } else if (columnSpec.equals("mass value region")) {
            columnCount = 2;
            region = true;
        } else if (columnSpec.equals("none")) {
            columnCount = 0;
        } else {
            throw problem(name, headerLine.get("columns"),
                    "columns must be 'mass lower', 'mass lower upper', 'mass value region' or 'none'");
        }
        Double unit = MASS_UNITS.get(header.get("x-unit"));
        if (unit == null) {
            throw problem(name, headerLine.get("x-unit"), "x-unit must be eV, keV, MeV or GeV");
        }
        int year = 0;
        if (header.containsKey("year")) {
            try {
                year = Integer.parseInt(header.get("year"));
            } catch (NumberFormatException e) {
                throw problem(name, headerLine.get("year"), "year '" + header.get("year") + "' is not a number");
            }
        }

        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (String key : PROPERTIES) {
            if (header.containsKey(key)) {
                properties.put(key, header.get(key));
            }
        }
        for (String numeric : new String[] {"reference-alpha-d", "reference-ratio", "reference-density", "y-scale", "limit",
            "length-ratio", "fraction-power"}) {
            if (properties.containsKey(numeric)) {
                try {
                    double v = Double.parseDouble(properties.get(numeric));
                    if (!(v > 0) || !Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw problem(name, headerLine.get(numeric), numeric + " must be a positive number, got '"
                            + properties.get(numeric) + "'");
                }
            }
        }
        LimitCurve curve;
        if (columnCount == 0) {
            if (!properties.containsKey("limit") && !properties.containsKey("check")) {
                throw problem(name, headerLine.get("columns"), "a constraint without data ('columns: none') needs 'limit:' or 'check:'");
            }
            for (int k = i; k < lines.length; k++) {
                String rest = lines[k].strip();
                if (!rest.isEmpty() && !rest.startsWith("#")) {
                    throw problem(name, k + 1, "'columns: none' but the file has data");
                }
            }
            curve = null;
        } else {
            curve = readCurve(name, lines, i, columnCount, unit, region,
                    properties.containsKey("y-scale") ? Double.parseDouble(properties.get("y-scale")) : 1.0);
        }
        Reference reference = new Reference(header.get("citation"), header.get("arxiv"), header.get("bibkey"));
        return new Constraint(header.get("id"), header.get("title"), header.get("experiment"), kind,
                header.get("plane"), header.get("quantity"), header.get("confidence"), year,
                header.get("assumptions"), reference, header.get("upstream"), header.get("licence"), name, curve,
                properties);
    }

    private static LimitCurve readCurve(String name, String[] lines, int start, int columns, double unit, boolean region,
            double yScale) throws LimitFileException {
        List<double[]> rows = new ArrayList<>();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != columns) {
                throw problem(name, i + 1, "expected " + columns + " columns, found " + cells.length);
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                try {
                    row[c] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw problem(name, i + 1, "'" + cells[c] + "' is not a number");
                }
                if (!Double.isFinite(row[c]) || row[c] <= 0) {
                    throw problem(name, i + 1, "values must be positive and finite, found '" + cells[c] + "'");
                }
            }
            row[0] *= unit;
            for (int c = 1; c < columns; c++) {
                if (row[c] < LimitCurve.NO_LIMIT) {
                    row[c] *= yScale;
                }
            }
            if (!region && !rows.isEmpty() && !(row[0] > rows.get(rows.size() - 1)[0])) {
                throw problem(name, i + 1, "masses must increase strictly; " + cells[0] + " does not");
            }
            if (columns == 3 && row[2] < LimitCurve.NO_LIMIT && row[1] < LimitCurve.NO_LIMIT && row[2] < row[1]) {
                throw problem(name, i + 1, "the upper edge " + cells[2] + " is below the lower edge " + cells[1]);
            }
            rows.add(row);
        }
        if (rows.size() < (region ? 3 : 2)) {
            throw problem(name, lines.length, (region ? "a region needs at least three vertices" : "the curve needs at least two points")
                    + ", found " + rows.size());
        }
        if (region) {
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                x[r] = rows.get(r)[0];
                y[r] = rows.get(r)[1];
            }
            return LimitCurve.region(x, y);
        }
        double[] mass = new double[rows.size()];
        double[] lower = new double[rows.size()];
        double[] upper = columns == 3 ? new double[rows.size()] : null;
        for (int r = 0; r < rows.size(); r++) {
            mass[r] = rows.get(r)[0];
            lower[r] = rows.get(r)[1];
            if (upper != null) {
                upper[r] = rows.get(r)[2];
            }
        }
        return new LimitCurve(mass, lower, upper);
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }

    private static LimitFileException problem(String file, int line, String message) {
        return new LimitFileException(new KnowledgeProblem(file, line, message));
    }
}
