package org.darkcheck.engine.catalog;

/** A limit file that cannot be read; {@link #problem()} names the file, line and reason. */
public final class LimitFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final KnowledgeProblem problem;

    public LimitFileException(KnowledgeProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public KnowledgeProblem problem() {
        return problem;
    }
}
