package org.darkcheck.ui.editor;

import java.io.InputStream;
import java.util.HashMap;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.model.darkside.provider.DarksideItemProviderAdapterFactory;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The editor of a .darkside file: the study as a tree (EMF.Edit item
 * providers), edited in the Properties view through EMF commands, with undo
 * and redo. Saving writes the file atomically and re-checks the model. A file
 * that cannot be read opens as an error page naming the line and the problem,
 * and is never overwritten.
 */
public final class DarksideEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.darkcheck.ui.editor";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Study study;
    private String loadProblem;
    private TreeViewer tree;
    private PropertySheetPage propertySheet;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("DarkCheck edits .darkside files in the workspace, not " + input.getName());
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new DarksideItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, new HashMap<Resource, Boolean>());
        stack.addCommandStackListener(event -> getSite().getShell().getDisplay().asyncExec(this::commandStackChanged));
        load();
        installUndoRedo(site);
    }

    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private void load() {
        IFile file = file();
        try (InputStream in = file.getContents(true)) {
            study = DarksideFiles.load(domain.getResourceSet(), in, file.getFullPath().toString(),
                    URI.createPlatformResourceURI(file.getFullPath().toString(), true));
            loadProblem = null;
        } catch (ModelFileException e) {
            study = null;
            loadProblem = e.getMessage();
        } catch (CoreException | java.io.IOException e) {
            study = null;
            loadProblem = file.getFullPath() + ": cannot be read: " + e.getMessage();
        }
    }

    private void installUndoRedo(IEditorSite site) {
        Action undo = new Action("Undo") {
            @Override
            public void run() {
                domain.getCommandStack().undo();
            }
        };
        Action redo = new Action("Redo") {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        };
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        domain.getCommandStack().addCommandStackListener(e -> {
            undo.setEnabled(domain.getCommandStack().canUndo());
            redo.setEnabled(domain.getCommandStack().canRedo());
        });
        undo.setEnabled(false);
        redo.setEnabled(false);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (study == null) {
            createErrorPage(parent);
            return;
        }
        tree = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        tree.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        tree.setInput(study.eResource());
        tree.expandAll();
        getSite().setSelectionProvider(tree);
        if (!study.getPoints().isEmpty()) {
            tree.setSelection(new StructuredSelection(study.getPoints().get(0).getMediator()), true);
        }
        DiagnosisService.get().check(file(), study);
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText("This file cannot be opened as a DarkCheck model. It has not been changed.");
        Text message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        message.setText(loadProblem);
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
        if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (study == null) {
            return;
        }
        IFile file = file();
        try {
            DarksideFiles.save(study, file.getLocation().toFile().toPath());
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            firePropertyChange(PROP_DIRTY);
            DiagnosisService.get().check(file, study);
        } catch (ModelFileException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    e.getMessage() + "\n\nThe model is still open and unsaved; nothing was lost.");
        }
    }

    @Override
    public void doSaveAs() {
        // Save As arrives with the full editor (see the metamodel and editor issue)
    }

    @Override
    public boolean isDirty() {
        return study != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (tree != null) {
            tree.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The study being edited, or null when the file could not be read. */
    public Study study() {
        return study;
    }

    /** Why the file could not be read, or null. */
    public String loadProblem() {
        return loadProblem;
    }

    public TreeViewer treeViewer() {
        return tree;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
                propertySheet = new PropertySheetPage();
                propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
            }
            return type.cast(propertySheet);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
