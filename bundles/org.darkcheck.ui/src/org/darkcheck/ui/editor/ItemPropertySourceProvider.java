package org.darkcheck.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view an {@link ItemPropertySource} for every EMF object that has item properties. */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource source ? new ItemPropertySource(object, source) : null;
    }
}
