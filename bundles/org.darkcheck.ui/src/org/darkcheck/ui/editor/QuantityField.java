package org.darkcheck.ui.editor;

import java.util.function.Supplier;

import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.ModelKeys;
import org.darkcheck.physics.units.Quantities;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A text field for a number or a mass with a unit ("30 MeV", "3e-2 GeV", "100 eV"):
 * Enter or leaving the field parses the text; a valid value becomes an EMF
 * command (undoable) and is shown back in a sensible unit; invalid text is
 * refused with a message beside the field and the model is not changed.
 */
public final class QuantityField implements FormField {

    private final String key;
    private final EditingDomain domain;
    private final Supplier<EObject> owner;
    private final EAttribute attribute;
    private final boolean mass;
    private final Text text;
    private final Label error;
    private String shown = "";
    private final org.eclipse.jface.fieldassist.ControlDecoration verdict;

    QuantityField(FormToolkit toolkit, Composite parent, String label, String hint, String key, EditingDomain domain,
            Supplier<EObject> owner, EAttribute attribute, boolean mass) {
        this.key = key;
        this.domain = domain;
        this.owner = owner;
        this.attribute = attribute;
        this.mass = mass;
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 140;
        text.setLayoutData(data);
        text.setToolTipText(hint);
        text.setData("darkcheck.key", key);
        error = toolkit.createLabel(parent, "", SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        verdict = new org.eclipse.jface.fieldassist.ControlDecoration(text, SWT.RIGHT | SWT.TOP);
        verdict.setImage(org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault()
                .getFieldDecoration(org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_ERROR).getImage());
        verdict.hide();
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                clearError();
                refresh();
            }
        });
    }

    @Override
    public String key() {
        return key;
    }

    public Text text() {
        return text;
    }

    /**
     * Marks the field as the value an excluding verdict depends on (null clears it);
     * the text is shown when the pointer rests on the mark.
     */
    public void setVerdictNote(String note) {
        if (note == null) {
            verdict.hide();
        } else {
            verdict.setDescriptionText(note);
            verdict.show();
        }
    }

    /** The verdict note on the field, or null when there is none. */
    public String verdictNote() {
        return verdict.isVisible() ? verdict.getDescriptionText() : null;
    }

    /** The message beside the field, empty when the text is valid. */
    public String errorText() {
        return error.getText();
    }

    /** Parses the text and, when it is valid and differs from the model, sets it with an EMF command. */
    public void commit() {
        if (text.isDisposed()) {
            return;
        }
        String typed = text.getText();
        if (typed.equals(shown) && error.getText().isEmpty()) {
            return;
        }
        EObject target = owner.get();
        if (target == null) {
            return;
        }
        Object value;
        try {
            value = ModelKeys.parse(key, typed);
        } catch (InvalidModelException e) {
            showError(e.getMessage());
            return;
        }
        clearError();
        if (!value.equals(target.eGet(attribute))) {
            Command set = SetCommand.create(domain, target, attribute, value);
            if (set.canExecute()) {
                domain.getCommandStack().execute(set);
            }
        }
        refresh();
    }

    private void showError(String message) {
        error.setText(message);
        error.getParent().layout(true);
    }

    private void clearError() {
        if (!error.getText().isEmpty()) {
            error.setText("");
            error.getParent().layout(true);
        }
    }

    @Override
    public void refresh() {
        if (text.isDisposed() || !error.getText().isEmpty()) {
            return;
        }
        EObject target = owner.get();
        text.setEnabled(target != null);
        if (target == null) {
            shown = "";
        } else {
            double v = (Double) target.eGet(attribute);
            shown = v == 0 ? "" : mass ? Quantities.formatMass(v) : Quantities.formatNumber(v);
        }
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }
}
