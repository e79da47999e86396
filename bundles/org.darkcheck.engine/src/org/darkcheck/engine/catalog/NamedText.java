package org.darkcheck.engine.catalog;

/**
 * The text of one knowledge-base file and the name it is reported under.
 *
 * @param name the file's name or path, as diagnostics should show it
 * @param text its content
 */
public record NamedText(String name, String text) implements java.io.Serializable {
}
