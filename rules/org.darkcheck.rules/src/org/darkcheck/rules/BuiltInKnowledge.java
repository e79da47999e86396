package org.darkcheck.rules;

import org.darkcheck.engine.catalog.KnowledgeSource;

/** The knowledge base that ships with DarkCheck: the files under constraints/ of this bundle. */
public final class BuiltInKnowledge {

    private BuiltInKnowledge() {
    }

    public static KnowledgeSource source() {
        return KnowledgeSource.fromClassPath("built-in", BuiltInKnowledge.class, "/constraints");
    }
}
