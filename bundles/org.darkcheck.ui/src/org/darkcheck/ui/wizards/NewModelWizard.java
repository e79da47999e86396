package org.darkcheck.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.Templates;
import org.darkcheck.model.Templates.Template;
import org.darkcheck.ui.editor.DarksideEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File &gt; New &gt; DarkCheck model: choose a scenario of the seed talk (each with
 * sensible numbers and a description), then where to put the file. The new
 * model opens in the editor. An existing file is never overwritten.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    public static final String ID = "org.darkcheck.ui.wizards.newModel";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private TemplatePage templatePage;
    private WizardNewFileCreationPage filePage;
    private byte[] content;

    public NewModelWizard() {
        setWindowTitle("New DarkCheck model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection == null ? StructuredSelection.EMPTY : selection;
    }

    @Override
    public void addPages() {
        templatePage = new TemplatePage();
        addPage(templatePage);
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected java.io.InputStream getInitialContents() {
                return new ByteArrayInputStream(content == null ? new byte[0] : content);
            }
        };
        filePage.setTitle("Where to save it");
        filePage.setDescription("A .darkside file in a workspace project.");
        filePage.setFileExtension(DarksideFiles.EXTENSION);
        filePage.setFileName("model." + DarksideFiles.EXTENSION);
        addPage(filePage);
    }

    public TemplatePage templatePage() {
        return templatePage;
    }

    public WizardNewFileCreationPage filePage() {
        return filePage;
    }

    @Override
    public boolean performFinish() {
        Template template = templatePage.chosen();
        try {
            content = DarksideFiles.serialize(template.create());
        } catch (IOException e) {
            MessageDialog.openError(getShell(), "New DarkCheck model", "Could not write the model: " + e.getMessage());
            return false;
        }
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, DarksideEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New DarkCheck model", "The model was saved but could not be opened: "
                    + e.getMessage());
        }
        return true;
    }

    /** The first page: the list of templates and the chosen one's description. */
    public static final class TemplatePage extends WizardPage {

        private TableViewer list;
        private Label description;
        private Template chosen = Templates.ALL.get(0);

        TemplatePage() {
            super("template");
            setTitle("Start from a scenario");
            setDescription("Each template is a model of the seed talk with sensible numbers; change them afterwards.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            list = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
            list.setContentProvider(ArrayContentProvider.getInstance());
            list.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Template t = (Template) element;
                    return t.title() + "   (" + t.name() + ")";
                }
            });
            list.setInput(Templates.ALL);
            GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
            listData.heightHint = 220;
            list.getControl().setLayoutData(listData);
            description = new Label(c, SWT.WRAP);
            GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
            textData.widthHint = 480;
            textData.heightHint = 60;
            description.setLayoutData(textData);
            list.addSelectionChangedListener(e -> {
                Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
                if (first instanceof Template t) {
                    chosen = t;
                    description.setText(t.description());
                    setPageComplete(true);
                }
            });
            list.addDoubleClickListener(e -> getContainer().showPage(getNextPage()));
            list.setSelection(new StructuredSelection(chosen));
            setControl(c);
        }

        /** Chooses a template by its command-line name (for tests). */
        public void choose(String name) {
            list.setSelection(new StructuredSelection(Templates.named(name).orElseThrow()), true);
        }

        public Template chosen() {
            return chosen;
        }
    }
}
