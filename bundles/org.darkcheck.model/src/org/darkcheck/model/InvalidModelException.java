package org.darkcheck.model;

/** A model or a model key that cannot be evaluated; the message is one sentence naming the key. */
public final class InvalidModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidModelException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The command-line key concerned, e.g. "mediator.mass". */
    public String key() {
        return key;
    }
}
