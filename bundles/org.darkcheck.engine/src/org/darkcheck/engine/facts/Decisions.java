package org.darkcheck.engine.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * What the rules decided for one model point, per constraint id: it applies
 * with a named scaling recipe, or it does not apply for a stated reason. The
 * rules reach it as the global {@code decisions}. When rules disagree, "does
 * not apply" wins (nothing is excluded on a contested reading).
 */
public final class Decisions {

    /**
     * One decision.
     *
     * @param recipe the recipe when it applies, else null
     * @param reason the reason template when it does not apply, else null
     * @param rule   the name of the rule that decided
     */
    public record Decision(Recipe recipe, String reason, String rule) {
        public boolean applies() {
            return recipe != null;
        }
    }

    private final Map<String, Decision> byConstraint = new HashMap<>();

    /** Called by a rule: this constraint applies to the model, recast with this recipe. */
    public void applies(String constraintId, Recipe recipe) {
        applies(constraintId, recipe, null);
    }

    public void applies(String constraintId, Recipe recipe, String rule) {
        byConstraint.merge(constraintId, new Decision(recipe, null, rule), (old, neu) -> old.applies() ? neu : old);
    }

    /** Called by a rule: this constraint does not apply; the reason may hold {@code {placeholders}} of ModelFacts. */
    public void notApplicable(String constraintId, String reason) {
        notApplicable(constraintId, reason, null);
    }

    public void notApplicable(String constraintId, String reason, String rule) {
        byConstraint.put(constraintId, new Decision(null, reason, rule));
    }

    public Decision get(String constraintId) {
        return byConstraint.get(constraintId);
    }

    public Map<String, Decision> all() {
        return byConstraint;
    }

    public void clear() {
        byConstraint.clear();
    }
}
