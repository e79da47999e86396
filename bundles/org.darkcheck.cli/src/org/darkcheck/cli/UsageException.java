package org.darkcheck.cli;

/** Bad input on the command line: exit status 2 with this one-line message. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
