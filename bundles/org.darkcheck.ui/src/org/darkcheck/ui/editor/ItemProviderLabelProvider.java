package org.darkcheck.ui.editor;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** JFace labels and icons from EMF.Edit item providers ({@link IItemLabelProvider}). */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    private IItemLabelProvider provider(Object element) {
        Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider p ? p : null;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider p = provider(element);
        return p == null ? String.valueOf(element) : p.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = provider(element);
        Object image = p == null ? null : p.getImage(element);
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        images.clear();
        super.dispose();
    }
}
