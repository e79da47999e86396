package org.darkcheck.engine;

import org.darkcheck.engine.catalog.LimitCurve;

/**
 * One entry of the constraint catalog: a published limit with its provenance.
 *
 * @param id          stable id, e.g. "NA64-2019-INVISIBLE"
 * @param title       short title, e.g. "NA64 missing energy, 2.84e11 EOT"
 * @param experiment  e.g. "NA64"
 * @param kind        limit, projection, preferred, cosmology or consistency
 * @param plane       the plane the curve lives in, e.g. "epsilon-vs-mass"
 * @param quantity    the quantity on the curve's y axis, e.g. "epsilon"
 * @param confidence  confidence level, e.g. "90%"
 * @param year        year of publication
 * @param assumptions the assumptions under which the curve was drawn, one sentence
 * @param reference   the paper
 * @param upstream    the file under shared/limits-source/ the curve came from, or null
 * @param licence     the licence of the curve's data
 * @param source      where this constraint was read from (file name), for diagnostics
 * @param curve       the limit curve, or null for constraints that are a formula
 * @param properties  what the rules and the recipes need to know about the search (e.g. production,
 *                    final-state, search, reference-alpha-d), as written in the file's header
 */
public record Constraint(String id, String title, String experiment, ConstraintKind kind, String plane, String quantity,
        String confidence, int year, String assumptions, Reference reference, String upstream, String licence,
        String source, LimitCurve curve, java.util.Map<String, String> properties) implements java.io.Serializable {

    public Constraint {
        properties = properties == null ? java.util.Map.of() : java.util.Map.copyOf(properties);
    }

    /** A constraint without extra properties. */
    public Constraint(String id, String title, String experiment, ConstraintKind kind, String plane, String quantity,
            String confidence, int year, String assumptions, Reference reference, String upstream, String licence,
            String source, LimitCurve curve) {
        this(id, title, experiment, kind, plane, quantity, confidence, year, assumptions, reference, upstream, licence,
                source, curve, java.util.Map.of());
    }

    /** A property of the header, or the fallback. */
    public String property(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    /** A numeric property of the header, or the fallback. */
    public double number(String key, double fallback) {
        String v = properties.get(key);
        return v == null ? fallback : Double.parseDouble(v);
    }
}
