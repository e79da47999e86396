package org.darkcheck.engine.catalog;

/**
 * Something wrong with a knowledge-base file: the file, the line (0 when not
 * known) and the reason. The constraint concerned is disabled; the others work.
 */
public record KnowledgeProblem(String file, int line, String message) implements java.io.Serializable {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
