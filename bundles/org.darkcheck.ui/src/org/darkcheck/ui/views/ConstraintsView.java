package org.darkcheck.ui.views;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.units.Quantities;
import org.darkcheck.ui.diagnosis.CheckResult;
import org.darkcheck.ui.diagnosis.CheckResult.PointResult;
import org.darkcheck.ui.diagnosis.DiagnosisService;
import org.darkcheck.ui.diagnosis.LiveLatency;
import org.darkcheck.ui.editor.DarksideEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The verdicts of the model in the active DarkCheck editor: one row per
 * constraint with its experiment, kind and plane, the status and r of every
 * model point side by side, the reason (for the point chosen above the
 * table) and the reference, whose arXiv link opens the paper when clicked.
 * Rows sort by any column, filter by status and kind, and group by plane;
 * a summary line per point sits on top. Updates live on every edit.
 */
public final class ConstraintsView extends ViewPart {

    public static final String ID = "org.darkcheck.ui.views.constraints";

    private static final int FIXED_COLUMNS = 4; // constraint, experiment, kind, plane

    private Label summary;
    private Combo reasonPoint;
    private TreeViewer tree;
    private final List<TreeViewerColumn> pointColumns = new ArrayList<>();
    private TreeViewerColumn reasonColumn;
    private TreeViewerColumn referenceColumn;
    private List<String> pointNames = List.of();
    private CheckResult shownResult;
    private IFile shown;
    private Status statusFilter;
    private ConstraintKind kindFilter;
    private boolean groupByPlane;
    private int sortColumn = -1;
    private int sortDirection = SWT.UP;

    private final Consumer<CheckResult> listener = this::resultArrived;
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DarksideEditor editor) {
                show(editor.file());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        root.setLayout(layout);
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText("Open a .darkside model to see its verdicts.");
        Composite chooser = new Composite(root, SWT.NONE);
        chooser.setLayout(new GridLayout(2, false));
        new Label(chooser, SWT.NONE).setText("Reasons for");
        reasonPoint = new Combo(chooser, SWT.READ_ONLY);
        reasonPoint.addListener(SWT.Selection, e -> tree.refresh());

        tree = new TreeViewer(root, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        tree.setContentProvider(new Content());
        column("Constraint", 200, r -> r.constraint().id(), null);
        column("Experiment", 95, r -> r.constraint().experiment(), null);
        column("Kind", 80, r -> r.constraint().kind().key(), null);
        column("Plane", 120, r -> r.constraint().plane(), null);
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return !(element instanceof ConstraintRow row) || accepts(row);
            }
        });
        tree.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                if (sortColumn < 0 || !(a instanceof ConstraintRow ra) || !(b instanceof ConstraintRow rb)) {
                    return 0;
                }
                int c = sortKey(ra).compareTo(sortKey(rb));
                return sortDirection == SWT.UP ? c : -c;
            }
        });
        tree.getTree().addListener(SWT.MouseDown, e -> openReferenceAt(new Point(e.x, e.y)));
        getSite().setSelectionProvider(tree);
        createMenus();

        DiagnosisService.get().addListener(listener);
        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof DarksideEditor editor) {
            show(editor.file());
        }
    }

    private TreeViewerColumn column(String title, int width, Function<ConstraintRow, String> text,
            Function<ConstraintRow, Image> image) {
        TreeViewerColumn c = new TreeViewerColumn(tree, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof PlaneGroup g) {
                    return c.getColumn() == tree.getTree().getColumn(0) ? g.plane() + " (" + g.rows().size() + ")" : "";
                }
                return text.apply((ConstraintRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null || !(element instanceof ConstraintRow r) ? null : image.apply(r);
            }

            @Override
            public Color getForeground(Object element) {
                return c == referenceColumn ? tree.getControl().getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND) : null;
            }
        });
        TreeColumn column = c.getColumn();
        column.addListener(SWT.Selection, e -> sortBy(column));
        return c;
    }

    private void sortBy(TreeColumn column) {
        int index = tree.getTree().indexOf(column);
        if (sortColumn == index) {
            sortDirection = sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        } else {
            sortColumn = index;
            sortDirection = SWT.UP;
        }
        tree.getTree().setSortColumn(column);
        tree.getTree().setSortDirection(sortDirection);
        tree.refresh();
    }

    private Comparable<?> rawSortKey(ConstraintRow row) {
        TreeColumn column = tree.getTree().getColumn(sortColumn);
        int point = pointColumns.stream().map(TreeViewerColumn::getColumn).toList().indexOf(column);
        if (point >= 0) {
            Verdict v = row.perPoint().get(point);
            return v == null || v.r() == null ? -1.0 : v.r();
        }
        return ((ColumnLabelProvider) tree.getLabelProvider(sortColumn)).getText(row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparable<Object> sortKey(ConstraintRow row) {
        Comparable key = rawSortKey(row);
        return key;
    }

    private int reasonIndex() {
        int i = reasonPoint.getSelectionIndex();
        return i < 0 ? 0 : i;
    }

    private Verdict reasonVerdict(ConstraintRow row) {
        int i = reasonIndex();
        return i < row.perPoint().size() ? row.perPoint().get(i) : null;
    }

    private boolean accepts(ConstraintRow row) {
        if (kindFilter != null && row.constraint().kind() != kindFilter) {
            return false;
        }
        if (statusFilter != null) {
            Verdict v = reasonVerdict(row);
            return v != null && v.status() == statusFilter;
        }
        return true;
    }

    private void createMenus() {
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        MenuManager status = new MenuManager("Show status");
        status.add(filterAction("All", null, true));
        for (Status s : Status.values()) {
            status.add(filterAction(s.name(), s, false));
        }
        MenuManager kind = new MenuManager("Show kind");
        kind.add(kindAction("All", null, true));
        for (ConstraintKind k : ConstraintKind.values()) {
            kind.add(kindAction(k.key(), k, false));
        }
        menu.add(status);
        menu.add(kind);
        menu.add(new Separator());
        Action group = new Action("Group by plane", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                groupByPlane = isChecked();
                render(shownResult);
            }
        };
        menu.add(group);
        getViewSite().getActionBars().getToolBarManager().add(group);
    }

    private Action filterAction(String label, Status value, boolean checked) {
        Action a = new Action(label, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    statusFilter = value;
                    tree.refresh();
                }
            }
        };
        a.setChecked(checked);
        return a;
    }

    private Action kindAction(String label, ConstraintKind value, boolean checked) {
        Action a = new Action(label, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    kindFilter = value;
                    tree.refresh();
                }
            }
        };
        a.setChecked(checked);
        return a;
    }

    /** Filters by the status of the point whose reasons are shown (null: all), for tests and the menu. */
    public void setStatusFilter(Status status) {
        statusFilter = status;
        tree.refresh();
    }

    public void setKindFilter(ConstraintKind kind) {
        kindFilter = kind;
        tree.refresh();
    }

    public void setGroupByPlane(boolean group) {
        groupByPlane = group;
        render(shownResult);
    }

    private Image statusImage(Verdict v) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (v == null) {
            return images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        }
        return switch (v.status()) {
            case EXCLUDED -> v.constraint().kind().decidesOverall() ? images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
                    : images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case ALLOWED -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
            case OUT_OF_RANGE -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case NOT_APPLICABLE -> null;
        };
    }

    private static String statusText(Verdict v) {
        if (v == null) {
            return "not evaluated";
        }
        return v.r() == null ? v.status().name() : v.status().name() + "  r = " + Quantities.formatRatio(v.r());
    }

    private void ensureColumns(List<String> names) {
        if (names.equals(pointNames) && reasonColumn != null) {
            return;
        }
        tree.getTree().setRedraw(false);
        try {
            pointColumns.forEach(c -> c.getColumn().dispose());
            pointColumns.clear();
            if (reasonColumn != null) {
                reasonColumn.getColumn().dispose();
                referenceColumn.getColumn().dispose();
            }
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                pointColumns.add(column(names.size() == 1 ? "Status" : names.get(i), 150,
                        r -> statusText(r.perPoint().get(index)), r -> statusImage(r.perPoint().get(index))));
            }
            reasonColumn = column("Reason", 560, r -> {
                Verdict v = reasonVerdict(r);
                return v == null ? "" : v.reason();
            }, null);
            referenceColumn = column("Reference", 330, ConstraintsView::reference, null);
            pointNames = List.copyOf(names);
            String selected = reasonPoint.getText();
            reasonPoint.setItems(names.toArray(new String[0]));
            reasonPoint.select(Math.max(0, names.indexOf(selected)));
            reasonPoint.getParent().layout(true);
        } finally {
            tree.getTree().setRedraw(true);
        }
    }

    private static String reference(ConstraintRow r) {
        Constraint c = r.constraint();
        return c.reference().arxiv() == null ? c.reference().citation() : "arXiv:" + c.reference().arxiv() + "  "
                + c.reference().citation();
    }

    private void openReferenceAt(Point point) {
        TreeItem item = tree.getTree().getItem(point);
        if (item == null || referenceColumn == null || !(item.getData() instanceof ConstraintRow row)) {
            return;
        }
        int column = tree.getTree().indexOf(referenceColumn.getColumn());
        if (!item.getBounds(column).contains(point) || row.constraint().reference().arxiv() == null) {
            return;
        }
        try {
            // Only a click opens a connection, and only in the system browser.
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser()
                    .openURL(URI.create("https://arxiv.org/abs/" + row.constraint().reference().arxiv()).toURL());
        } catch (Exception e) {
            summary.setText("Could not open the browser: " + e.getMessage());
        }
    }

    /** Shows the latest result for a file (or waits for its first one). */
    public void show(IFile file) {
        shown = file;
        CheckResult result = DiagnosisService.get().latest(file);
        if (result != null) {
            render(result);
        } else {
            summary.setText(file.getName() + ": checking ...");
            tree.setInput(List.of());
        }
    }

    private void resultArrived(CheckResult result) {
        if (summary.isDisposed()) {
            return;
        }
        if (shown == null || shown.equals(result.file())) {
            shown = result.file();
            long r0 = System.nanoTime();
            render(result);
            long now = System.nanoTime();
            LiveLatency.record(now - result.requestedNanos(), result.evaluatedNanos() - result.requestedNanos(), now - r0);
        }
    }

    private void render(CheckResult result) {
        shownResult = result;
        if (result == null) {
            return;
        }
        List<String> names = result.points().stream().map(PointResult::name).toList();
        ensureColumns(names);
        List<ConstraintRow> rows = rows(result);
        if (groupByPlane) {
            Map<String, List<ConstraintRow>> byPlane = new LinkedHashMap<>();
            rows.forEach(r -> byPlane.computeIfAbsent(r.constraint().plane(), p -> new ArrayList<>()).add(r));
            List<PlaneGroup> groups = new ArrayList<>();
            byPlane.forEach((plane, list) -> groups.add(new PlaneGroup(plane, list)));
            tree.setInput(groups);
            tree.expandAll();
        } else if (tree.getInput() instanceof List<?> old && !old.isEmpty() && old.get(0) instanceof ConstraintRow
                && sameConstraints(old, rows)) {
            @SuppressWarnings("unchecked")
            List<Object> current = (List<Object>) old;
            for (int i = 0; i < rows.size(); i++) {
                current.set(i, rows.get(i));
            }
            if (statusFilter == null && sortColumn <= 3) {
                updateChangedRows(rows); // order and visibility cannot change: relabel only the rows whose verdicts did
            } else {
                tree.refresh(); // same rows, new verdicts: no need to rebuild the items
            }
        } else {
            tree.setInput(new ArrayList<Object>(rows));
        }
        StringBuilder s = new StringBuilder(result.file().getName());
        for (PointResult p : result.points()) {
            s.append("\n").append(p.name()).append(": ")
                    .append(p.diagnosis() == null ? "cannot be evaluated: " + p.problem() : summarize(p.diagnosis()));
        }
        String text = s.toString();
        if (!text.equals(summary.getText())) {
            boolean sameLines = text.split("\n", -1).length == summary.getText().split("\n", -1).length;
            summary.setText(text);
            if (!sameLines || summary.getSize().y < summary.computeSize(summary.getSize().x, SWT.DEFAULT).y) {
                summary.getParent().layout(); // a taller summary: re-lay the view (relaying the tree costs milliseconds)
            }
        }
    }

    /**
     * Gives every item its new row and relabels the items whose verdicts changed (status, r, limits): an edit
     * usually moves a few dozen of the 182 rows, and relabelling all of them is most of the view's refresh.
     */
    private void updateChangedRows(List<ConstraintRow> rows) {
        Map<String, ConstraintRow> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.constraint().id(), r));
        List<Object> changed = new ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem item : tree.getTree().getItems()) {
            if (!(item.getData() instanceof ConstraintRow before)) {
                tree.refresh();
                return;
            }
            ConstraintRow after = byId.get(before.constraint().id());
            if (after == null) {
                tree.refresh();
                return;
            }
            item.setData(after);
            if (!sameVerdicts(before, after)) {
                changed.add(after);
            }
        }
        if (!changed.isEmpty()) {
            tree.update(changed.toArray(), null);
        }
    }

    /** Whether two rows of the same constraint show the same verdicts (numbers first, the reason last). */
    private static boolean sameVerdicts(ConstraintRow a, ConstraintRow b) {
        if (a.perPoint().size() != b.perPoint().size()) {
            return false;
        }
        for (int i = 0; i < a.perPoint().size(); i++) {
            Verdict x = a.perPoint().get(i);
            Verdict y = b.perPoint().get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return false;
                }
                continue;
            }
            if (x.status() != y.status() || !java.util.Objects.equals(x.r(), y.r())
                    || !java.util.Objects.equals(x.value(), y.value()) || !java.util.Objects.equals(x.limit(), y.limit())
                    || !java.util.Objects.equals(x.limitUpper(), y.limitUpper()) || !x.reason().equals(y.reason())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameConstraints(List<?> old, List<ConstraintRow> rows) {
        if (old.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!(old.get(i) instanceof ConstraintRow r) || !r.constraint().id().equals(rows.get(i).constraint().id())) {
                return false;
            }
        }
        return true;
    }

    private static List<ConstraintRow> rows(CheckResult result) {
        Diagnosis first = result.points().stream().map(PointResult::diagnosis).filter(d -> d != null).findFirst()
                .orElse(null);
        if (first == null) {
            return List.of();
        }
        List<ConstraintRow> rows = new ArrayList<>();
        for (Verdict template : first.verdicts()) {
            List<Verdict> perPoint = new ArrayList<>();
            for (PointResult p : result.points()) {
                perPoint.add(p.diagnosis() == null ? null : p.diagnosis().verdict(template.id()).orElse(null));
            }
            rows.add(new ConstraintRow(template.constraint(), perPoint));
        }
        return rows;
    }

    /** "EXCLUDED by 1 of 2 applicable constraints; strongest: NA64-2019-INVISIBLE, r = 5.2". */
    public static String summarize(Diagnosis d) {
        long applicable = d.verdicts().stream()
                .filter(v -> v.status() == Status.EXCLUDED || v.status() == Status.ALLOWED)
                .filter(v -> v.constraint().kind().decidesOverall()).count();
        long excluding = d.verdicts().stream()
                .filter(v -> v.status() == Status.EXCLUDED && v.constraint().kind().decidesOverall()).count();
        StringBuilder s = new StringBuilder();
        if (d.overall() == Status.EXCLUDED) {
            s.append("EXCLUDED by ").append(excluding).append(" of ").append(applicable).append(" applicable constraints");
            d.strongest().ifPresent(v -> s.append("; strongest: ").append(v.id()).append(", r = ")
                    .append(Quantities.formatRatio(v.r())));
        } else {
            s.append("ALLOWED by all ").append(applicable).append(" applicable constraints");
        }
        return s.toString();
    }

    /** The tree, for tests. */
    public TreeViewer viewer() {
        return tree;
    }

    /** The summary lines, for tests. */
    public String summaryText() {
        return summary.getText();
    }

    /** The result shown, for tests. */
    public CheckResult shownResult() {
        return shownResult;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DiagnosisService.get().removeListener(listener);
        getSite().getPage().removePartListener(editorTracker);
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof PlaneGroup g ? g.rows().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PlaneGroup g && !g.rows().isEmpty();
        }
    }
}
