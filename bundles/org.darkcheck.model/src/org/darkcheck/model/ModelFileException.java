package org.darkcheck.model;

import java.io.IOException;

/** A .darkside file that cannot be read or written; the message names the file, the line when known, and the problem. */
public final class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public ModelFileException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line of the problem, 0 when not known. */
    public int line() {
        return line;
    }
}
