package org.darkcheck.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * JFace tree content from EMF.Edit item providers (the EMF editor UI bundle that
 * would do this is not on Maven Central): asks each object's
 * {@link ITreeItemContentProvider} for its children and parent.
 */
public final class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    private ITreeItemContentProvider provider(Object element) {
        Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return adapter instanceof ITreeItemContentProvider p ? p : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider p = provider(parent);
        if (p == null) {
            return new Object[0];
        }
        Collection<?> children = p.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p == null ? null : p.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p != null && p.hasChildren(element);
    }
}
