package org.darkcheck.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A check box for a true/false assumption; toggling runs an EMF command. */
public final class FlagField implements FormField {

    private final String key;
    private final Button box;
    private final Supplier<Boolean> current;

    FlagField(FormToolkit toolkit, Composite parent, String label, String key, Supplier<Boolean> current,
            Consumer<Boolean> set) {
        this.key = key;
        this.current = current;
        box = toolkit.createButton(parent, label, SWT.CHECK);
        box.setData("darkcheck.key", key);
        box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        box.addListener(SWT.Selection, e -> {
            Boolean now = current.get();
            if (now != null && now != box.getSelection()) {
                set.accept(box.getSelection());
            }
        });
    }

    @Override
    public String key() {
        return key;
    }

    public Button button() {
        return box;
    }

    @Override
    public void refresh() {
        if (!box.isDisposed()) {
            Boolean now = current.get();
            box.setEnabled(now != null);
            box.setSelection(Boolean.TRUE.equals(now));
        }
    }
}
