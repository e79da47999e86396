package org.darkcheck.ui.editor;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A free-text field (a name or a description); Enter or leaving it sets the text with an EMF command. */
final class StringField implements FormField {

    private final String key;
    private final Text text;
    private final Supplier<EObject> owner;
    private final EAttribute attribute;

    StringField(FormToolkit toolkit, Composite parent, String label, String key, EditingDomain domain,
            Supplier<EObject> owner, EAttribute attribute, boolean multiLine) {
        this.key = key;
        this.owner = owner;
        this.attribute = attribute;
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        if (multiLine) {
            data.heightHint = 36;
        }
        text.setLayoutData(data);
        Runnable commit = () -> {
            EObject target = owner.get();
            if (target != null && !Objects.equals(text.getText(), Objects.toString(target.eGet(attribute), ""))) {
                Command set = SetCommand.create(domain, target, attribute, text.getText());
                if (set.canExecute()) {
                    domain.getCommandStack().execute(set);
                }
            }
        };
        text.addListener(SWT.FocusOut, e -> commit.run());
        if (!multiLine) {
            text.addListener(SWT.DefaultSelection, e -> commit.run());
        }
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public void refresh() {
        EObject target = owner.get();
        String value = target == null ? "" : Objects.toString(target.eGet(attribute), "");
        if (!text.isDisposed() && !text.isFocusControl() && !text.getText().equals(value)) {
            text.setText(value);
        }
    }
}
