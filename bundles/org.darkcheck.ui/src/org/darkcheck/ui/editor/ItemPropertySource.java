package org.darkcheck.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.darkcheck.physics.units.Quantities;
import org.darkcheck.physics.units.QuantityFormatException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows an EMF object in the Properties view through its EMF.Edit
 * {@link IItemPropertySource}. Values are edited as text: masses with units
 * ("30 MeV", stored in GeV), numbers as numbers, enumerations from a list.
 * Every change goes through the item property descriptor, i.e. an EMF
 * command on the editor's command stack, so it can be undone. Invalid text is
 * refused with a message and leaves the model unchanged.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            out.add(new Descriptor(d));
        }
        return out.toArray(new IPropertyDescriptor[0]);
    }

    private IItemPropertyDescriptor item(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    private EAttribute attribute(IItemPropertyDescriptor d) {
        Object f = d.getFeature(object);
        return f instanceof EAttribute a ? a : null;
    }

    /** Whether an attribute holds a mass in GeV (every EDouble named mass or splitting). */
    static boolean isMass(EStructuralFeature feature) {
        return feature != null && feature.getEType() == EcorePackage.Literals.EDOUBLE
                && (feature.getName().equals("mass") || feature.getName().equals("splitting"));
    }

    private Object rawValue(IItemPropertyDescriptor d) {
        Object v = d.getPropertyValue(object);
        return v instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : v;
    }

    private List<?> choices(IItemPropertyDescriptor d) {
        Collection<?> c = d.getChoiceOfValues(object);
        if (c == null) {
            EAttribute a = attribute(d);
            if (a != null && (a.getEType() == EcorePackage.Literals.EBOOLEAN
                    || a.getEType() == EcorePackage.Literals.EBOOLEAN_OBJECT)) {
                return List.of(Boolean.FALSE, Boolean.TRUE);
            }
            return null;
        }
        return new ArrayList<>(c);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = item(id);
        Object value = rawValue(d);
        List<?> choices = choices(d);
        if (choices != null) {
            return Integer.valueOf(choices.indexOf(value));
        }
        return text(d, value);
    }

    private String text(IItemPropertyDescriptor d, Object value) {
        EAttribute a = attribute(d);
        if (value instanceof Double number) {
            return isMass(a) ? Quantities.formatMass(number) : Quantities.formatNumber(number);
        }
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return item(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        item(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = item(id);
        List<?> choices = choices(d);
        Object converted;
        if (choices != null) {
            int index = value instanceof Integer i ? i : -1;
            if (index < 0 || index >= choices.size()) {
                return;
            }
            converted = choices.get(index);
        } else {
            try {
                converted = convert(attribute(d), String.valueOf(value));
            } catch (QuantityFormatException e) {
                return; // the cell editor's validator has already shown the message
            }
        }
        if (!java.util.Objects.equals(converted, rawValue(d))) {
            d.setPropertyValue(object, converted);
        }
    }

    /** Text to a typed value for an attribute; throws with a one-sentence message when the text is invalid. */
    static Object convert(EAttribute attribute, String text) {
        if (attribute == null) {
            return text;
        }
        EDataType type = attribute.getEAttributeType();
        String what = attribute.getName();
        if (isMass(attribute)) {
            return what.equals("splitting") ? Quantities.parseNonNegativeMassGeV(what, text)
                    : Quantities.parsePositiveMassGeV(what, text);
        }
        if (type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EDOUBLE_OBJECT) {
            return Quantities.parseNumber(what, text);
        }
        return text;
    }

    /** A Properties-view row for one item property descriptor. */
    private final class Descriptor extends PropertyDescriptor {

        private final IItemPropertyDescriptor item;

        Descriptor(IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.item = item;
            setDescription(item.getDescription(object));
            setCategory(item.getCategory(object));
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    List<?> choices = choices(item);
                    if (choices != null && element instanceof Integer i && i >= 0 && i < choices.size()) {
                        IItemLabelProvider labels = item.getLabelProvider(object);
                        return labels.getText(choices.get(i));
                    }
                    return element == null ? "" : element.toString();
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object)) {
                return null;
            }
            List<?> choices = choices(item);
            if (choices != null) {
                IItemLabelProvider labels = item.getLabelProvider(object);
                String[] names = choices.stream().map(labels::getText).toArray(String[]::new);
                return new ComboBoxCellEditor(parent, names, SWT.READ_ONLY);
            }
            TextCellEditor editor = new TextCellEditor(parent);
            EAttribute a = attribute(item);
            editor.setValidator(value -> {
                try {
                    convert(a, String.valueOf(value));
                    return null;
                } catch (QuantityFormatException e) {
                    return e.getMessage();
                }
            });
            return editor;
        }
    }
}
