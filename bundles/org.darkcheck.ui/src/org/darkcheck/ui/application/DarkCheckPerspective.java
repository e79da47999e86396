package org.darkcheck.ui.application;

import org.darkcheck.ui.views.ConstraintsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The DarkCheck perspective: files on the left, the model in the middle, verdicts, problems and properties below. */
public final class DarkCheckPerspective implements IPerspectiveFactory {

    public static final String ID = "org.darkcheck.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(ConstraintsView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.6f, editors);
        right.addView(org.darkcheck.ui.plots.PlotView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addPlaceholder(org.darkcheck.ui.scan.ScanResultView.ID);
        layout.addShowViewShortcut(ConstraintsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
