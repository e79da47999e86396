package org.darkcheck.ui.editor;

/** A field of the form page, bound to one command-line key of one model point. */
interface FormField {

    /** The command-line key this field edits, e.g. "mediator.mass". */
    String key();

    /** Shows the model's current value (unless the user is typing into the field). */
    void refresh();
}
