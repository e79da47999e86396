package org.darkcheck.report;

import java.util.List;
import java.util.Map;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Verdict;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The JSON shapes of shared/CLI.md: check, derive and constraints. */
public final class JsonReport {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    private JsonReport() {
    }

    public static String check(Diagnosis d, Map<String, Object> model, String version) {
        JsonObject root = new JsonObject();
        root.addProperty("darkcheck", version);
        root.add("model", GSON.toJsonTree(model));
        root.addProperty("overall", d.overall().name());
        root.add("derived", derived(d.derived().named()));
        JsonArray verdicts = new JsonArray();
        for (Verdict v : d.verdicts()) {
            verdicts.add(verdict(v));
        }
        root.add("verdicts", verdicts);
        return GSON.toJson(root);
    }

    public static JsonObject derived(Map<String, Double> named) {
        JsonObject o = new JsonObject();
        named.forEach((k, v) -> o.add(k, number(v)));
        return o;
    }

    public static JsonObject verdict(Verdict v) {
        Constraint c = v.constraint();
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("title", c.title());
        o.addProperty("experiment", c.experiment());
        o.addProperty("kind", c.kind().key());
        o.addProperty("status", v.status().name());
        o.add("r", number(v.r()));
        o.addProperty("quantity", v.quantity());
        o.add("value", number(v.value()));
        o.add("limit", number(v.limit()));
        o.add("limitUpper", number(v.limitUpper()));
        o.addProperty("reason", v.reason());
        o.add("reference", reference(c));
        o.add("upstream", c.upstream() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.upstream()));
        return o;
    }

    public static String constraints(List<Constraint> catalog, String version) {
        JsonObject root = new JsonObject();
        root.addProperty("darkcheck", version);
        JsonArray list = new JsonArray();
        for (Constraint c : catalog) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("title", c.title());
            o.addProperty("experiment", c.experiment());
            o.addProperty("kind", c.kind().key());
            o.addProperty("plane", c.plane());
            o.addProperty("quantity", c.quantity());
            o.addProperty("confidence", c.confidence());
            o.addProperty("year", c.year());
            o.addProperty("assumptions", c.assumptions());
            o.add("reference", reference(c));
            o.add("upstream", c.upstream() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.upstream()));
            o.addProperty("licence", c.licence());
            list.add(o);
        }
        root.add("constraints", list);
        return GSON.toJson(root);
    }

    private static JsonObject reference(Constraint c) {
        JsonObject r = new JsonObject();
        r.addProperty("citation", c.reference().citation());
        r.add("arxiv", c.reference().arxiv() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.reference().arxiv()));
        r.add("bibkey", c.reference().bibkey() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.reference().bibkey()));
        return r;
    }

    private static JsonElement number(Double v) {
        return v == null || !Double.isFinite(v) ? JsonNull.INSTANCE : new JsonPrimitive(v);
    }
}
