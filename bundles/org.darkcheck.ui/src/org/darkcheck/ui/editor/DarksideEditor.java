package org.darkcheck.ui.editor;

import java.io.InputStream;
import java.util.HashMap;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.model.darkside.provider.DarksideItemProviderAdapterFactory;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.diagnosis.ModelMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The editor of a .darkside file, written by hand on JFace/SWT over EMF.Edit
 * (the generated EMF editor needs bundles that are not on Maven Central): a
 * form page with one section per model point, the tree of the study, and the
 * Properties view, all editing through EMF commands on one command stack, so
 * that they stay in step and Ctrl+Z / Ctrl+Y (and the Edit menu) undo and redo.
 * Save and Save As write atomically. A file that cannot be read opens as an
 * error page naming the line and the problem, and is never overwritten.
 */
public final class DarksideEditor extends MultiPageEditorPart implements IEditingDomainProvider {

    public static final String ID = "org.darkcheck.ui.editor";
    /** Activated while this editor is active: binds Ctrl+Y to Redo. */
    public static final String CONTEXT = "org.darkcheck.ui.editorContext";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Study study;
    private String loadProblem;
    private ModelFormPage formPage;
    private TreeViewer tree;
    private PropertySheetPage propertySheet;
    private final EditorSelection selection = new EditorSelection();
    private boolean refreshPending;
    private final java.util.function.Consumer<org.darkcheck.ui.diagnosis.CheckResult> diagnosisListener = result -> {
        if (formPage != null && study != null && result.file().equals(file())) {
            formPage.showDiagnosis(result);
        }
    };

    /** The knowledge base changed (a user constraint was saved): check this model again. */
    private final Runnable knowledgeListener = () -> {
        if (study != null && formPage != null) {
            DiagnosisService.get().check(file(), study);
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("DarkCheck edits .darkside files in the workspace, not " + input.getName());
        }
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new DarksideItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, new HashMap<Resource, Boolean>());
        stack.addCommandStackListener(event -> {
            if (study != null) {
                DiagnosisService.get().check(file(), study); // snapshot now, evaluate in the background
            }
            scheduleRefresh();
        });
        load();
        installUndoRedo(site);
        site.getService(IContextService.class).activateContext(CONTEXT);
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
        Runnable update = () -> {
            undo.setEnabled(domain.getCommandStack().canUndo());
            redo.setEnabled(domain.getCommandStack().canRedo());
            undo.setText(domain.getCommandStack().canUndo() ? "Undo " + domain.getCommandStack().getUndoCommand().getLabel() : "Undo");
            redo.setText(domain.getCommandStack().canRedo() ? "Redo " + domain.getCommandStack().getRedoCommand().getLabel() : "Redo");
        };
        domain.getCommandStack().addCommandStackListener(e -> update.run());
        update.run();
    }

    @Override
    protected void createPages() {
        if (study == null) {
            int page = addPage(createErrorPage(getContainer()));
            setPageText(page, "Error");
            return;
        }
        formPage = new ModelFormPage(getContainer(), domain, study, this::select);
        setPageText(addPage(formPage.control()), "Model");

        tree = new TreeViewer(getContainer(), SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        tree.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        tree.setInput(study.eResource());
        tree.expandAll();
        tree.addSelectionChangedListener(e -> selection.setSelection(e.getSelection()));
        setPageText(addPage(tree.getControl()), "Tree");
        if (!study.getPoints().isEmpty()) {
            select(study.getPoints().get(0).getMediator());
        }
        ModelMarkers.update(file(), study);
        DiagnosisService.get().addListener(diagnosisListener);
        DiagnosisService.get().addKnowledgeListener(knowledgeListener);
        DiagnosisService.get().check(file(), study);
    }

    private void select(EObject object) {
        if (object != null) {
            selection.setSelection(new StructuredSelection(object));
        }
    }

    private Composite createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText("This file cannot be opened as a DarkCheck model. It has not been changed.");
        Text message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        message.setText(loadProblem);
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return page;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (tree != null && newPageIndex == 1) {
            tree.refresh();
            selection.setSelection(tree.getSelection().isEmpty() ? selection.getSelection() : tree.getSelection());
        }
    }

    private void scheduleRefresh() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        getSite().getShell().getDisplay().asyncExec(() -> {
            refreshPending = false;
            commandStackChanged();
        });
    }

    private void commandStackChanged() {
        if (formPage == null || getContainer().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        formPage.refresh();
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
        if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
        ModelMarkers.update(file(), study);
    }

    /** The form page, for tests. */
    public ModelFormPage formPage() {
        return formPage;
    }

    /** Makes pending UI refreshes happen now (for tests that assert right after an edit). */
    public void refreshNow() {
        refreshPending = false;
        commandStackChanged();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (study == null) {
            return;
        }
        save(file(), monitor);
    }

    private boolean save(IFile target, IProgressMonitor monitor) {
        try {
            if (target.getLocation() == null) {
                throw new ModelFileException(target.getFullPath().toString(), 0, "is not on the local disk", null);
            }
            DarksideFiles.save(study, target.getLocation().toFile().toPath());
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            target.refreshLocal(IResource.DEPTH_ZERO, monitor);
            firePropertyChange(PROP_DIRTY);
            ModelMarkers.update(target, study);
            return true;
        } catch (ModelFileException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    e.getMessage() + "\n\nThe model is still open and unsaved; nothing was lost.");
            return false;
        }
    }

    @Override
    public void doSaveAs() {
        if (study == null) {
            return;
        }
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(file());
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (path.getFileExtension() == null) {
            path = path.addFileExtension(DarksideFiles.EXTENSION);
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        saveAs(target);
    }

    /** Writes the model to another workspace file and edits that file from now on. */
    public boolean saveAs(IFile target) {
        study.eResource().setURI(URI.createPlatformResourceURI(target.getFullPath().toString(), true));
        if (!save(target, null)) {
            study.eResource().setURI(URI.createPlatformResourceURI(file().getFullPath().toString(), true));
            return false;
        }
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        return true;
    }

    @Override
    public boolean isDirty() {
        return study != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return study != null;
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
        if (type == IPropertySheetPage.class && study != null) {
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
        DiagnosisService.get().removeListener(diagnosisListener);
        DiagnosisService.get().removeKnowledgeListener(knowledgeListener);
        if (formPage != null) {
            formPage.dispose();
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
