package org.darkcheck.ui.export;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.ui.editor.DarksideEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The model of a .darkside file as the user sees it: the open editor's (unsaved edits included), else the file's. */
public final class OpenModels {

    private OpenModels() {
    }

    public static Study study(IFile file) throws ModelFileException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            for (IEditorReference ref : window.getActivePage().getEditorReferences()) {
                IEditorPart part = ref.getEditor(false);
                if (part instanceof DarksideEditor editor && file.equals(editor.file()) && editor.study() != null) {
                    return editor.study();
                }
            }
        }
        if (file.getLocation() == null) {
            throw new ModelFileException(file.getFullPath().toString(), 0, "is not on the local disk", null);
        }
        return DarksideFiles.load(file.getLocation().toFile().toPath());
    }

    /**
     * The model a wizard works on: the selected (or edited) file and its study, or why there is none.
     *
     * @param file    the .darkside file, or null
     * @param study   its study, or null
     * @param problem what to show instead when study is null
     */
    public record Chosen(IFile file, Study study, String problem) {
    }

    /** The model of the selection (or of the active editor) for a wizard that will {@code purpose}, e.g. "scan around it". */
    public static Chosen choose(ISelection selection, String purpose) {
        IFile file = fileOf(selection);
        if (file == null) {
            return new Chosen(null, null, "Select a .darkside file (or open one in the editor) to " + purpose + ".");
        }
        try {
            return new Chosen(file, study(file), null);
        } catch (java.io.IOException e) {
            return new Chosen(file, null, e.getMessage());
        }
    }

    /** The .darkside file of a selection, or of the active editor, or null. */
    public static IFile fileOf(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f
                && DarksideFiles.EXTENSION.equals(f.getFileExtension())) {
            return f;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null
                && window.getActivePage().getActiveEditor() instanceof DarksideEditor editor) {
            return editor.file();
        }
        return null;
    }
}
