package org.darkcheck.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A drop-down of fixed choices (a mediator or dark-matter kind); choosing runs an EMF command. */
public final class ChoiceField implements FormField {

    private final String key;
    private final Combo combo;
    private final List<String> choices;
    private final Supplier<String> current;

    ChoiceField(FormToolkit toolkit, Composite parent, String label, String key, List<String> choices,
            Supplier<String> current, Consumer<String> choose) {
        this.key = key;
        this.choices = choices;
        this.current = current;
        toolkit.createLabel(parent, label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(choices.toArray(new String[0]));
        combo.setData("darkcheck.key", key);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 140;
        combo.setLayoutData(data);
        toolkit.adapt(combo, true, true);
        toolkit.createLabel(parent, "");
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            if (i >= 0 && !choices.get(i).equals(current.get())) {
                choose.accept(choices.get(i));
            }
        });
    }

    @Override
    public String key() {
        return key;
    }

    public Combo combo() {
        return combo;
    }

    @Override
    public void refresh() {
        if (!combo.isDisposed()) {
            combo.select(choices.indexOf(current.get()));
        }
    }
}
