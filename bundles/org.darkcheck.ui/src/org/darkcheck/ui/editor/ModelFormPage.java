package org.darkcheck.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.darkcheck.model.ModelKeys;
import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.DarksideFactory;
import org.darkcheck.model.darkside.DarksidePackage.Literals;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The form page of the model editor: the study's name and description, then
 * one section per model point with its mediator, dark matter, couplings and
 * assumptions, side by side. Every field edits through EMF commands, so the
 * tree page, the Properties view and undo/redo stay in step.
 */
public final class ModelFormPage {

    private final EditingDomain domain;
    private final Study study;
    private final Consumer<EObject> select;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final List<List<FormField>> fieldsByPoint = new ArrayList<>();
    private final List<FormField> studyFields = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Composite points;
    private String layoutSignature = "";

    ModelFormPage(Composite parent, EditingDomain domain, Study study, Consumer<EObject> select) {
        this.domain = domain;
        this.study = study;
        this.select = select;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("DarkCheck model");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Composite head = toolkit.createComposite(body);
        head.setLayout(new GridLayout(3, false));
        head.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        studyFields.add(new StringField(toolkit, head, "Study", "study.name", domain, () -> study, Literals.STUDY__NAME, false));
        studyFields.add(new StringField(toolkit, head, "Description", "study.description", domain, () -> study,
                Literals.STUDY__DESCRIPTION, true));
        Button add = toolkit.createButton(head, "Add model point", SWT.PUSH);
        add.addListener(SWT.Selection, e -> addPoint());
        Label hint = toolkit.createLabel(head, "Masses take units: 30 MeV, 3e-2 GeV, 100 eV (no unit: GeV). Enter applies, Esc reverts.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        points = toolkit.createComposite(body);
        points.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        rebuild();
    }

    public Control control() {
        return form;
    }

    /** The field for a key of the i-th model point, for tests. */
    public FormField field(int point, String key) {
        return fieldsByPoint.get(point).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    private String signature() {
        StringBuilder s = new StringBuilder();
        for (ModelPoint p : study.getPoints()) {
            s.append(System.identityHashCode(p)).append(p.getDarkMatter() == null ? '-' : '+').append(';');
        }
        return s.toString();
    }

    /** Brings the form in step with the model: values, or the whole layout when points came or went. */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        if (!signature().equals(layoutSignature)) {
            rebuild();
            return;
        }
        studyFields.forEach(FormField::refresh);
        fieldsByPoint.forEach(list -> list.forEach(FormField::refresh));
    }

    private void rebuild() {
        for (Control c : points.getChildren()) {
            c.dispose();
        }
        fieldsByPoint.clear();
        sections.clear();
        GridLayout layout = new GridLayout(Math.max(1, Math.min(study.getPoints().size(), 3)), true);
        points.setLayout(layout);
        for (ModelPoint p : study.getPoints()) {
            fieldsByPoint.add(section(p));
        }
        layoutSignature = signature();
        studyFields.forEach(FormField::refresh);
        fieldsByPoint.forEach(list -> list.forEach(FormField::refresh));
        form.reflow(true);
    }

    private Composite group(Composite parent, String title) {
        Label heading = toolkit.createLabel(parent, title);
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return parent;
    }

    private List<FormField> section(ModelPoint p) {
        Section section = toolkit.createSection(points, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED
                | Section.DESCRIPTION);
        section.setText("Model point " + p.getName());
        section.setDescription(p.getDescription() == null ? "" : p.getDescription());
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sections.add(section);
        Composite c = toolkit.createComposite(section);
        c.setLayout(new GridLayout(3, false));
        section.setClient(c);
        List<FormField> fields = new ArrayList<>();

        fields.add(new StringField(toolkit, c, "Name", "point.name", domain, () -> p, Literals.MODEL_POINT__NAME, false));

        group(c, "Mediator");
        List<String> mediatorKinds = MediatorKind.VALUES.stream().map(MediatorKind::getLiteral).toList();
        fields.add(new ChoiceField(toolkit, c, "Kind", ModelKeys.MEDIATOR, mediatorKinds,
                () -> p.getMediator() == null ? null : p.getMediator().getKind().getLiteral(),
                v -> execute(SetCommand.create(domain, p.getMediator(), Literals.MEDIATOR__KIND, MediatorKind.get(v)))));
        fields.add(new QuantityField(toolkit, c, "Mass", "m_A' (or m_S, m_Z'), e.g. 30 MeV", ModelKeys.MEDIATOR_MASS,
                domain, p::getMediator, Literals.MEDIATOR__MASS, true));
        fields.add(new QuantityField(toolkit, c, "Coupling", "eps (dark photon), sin theta (dark scalar), g (Z')",
                ModelKeys.MEDIATOR_COUPLING, domain, p::getMediator, Literals.MEDIATOR__COUPLING, false));
        fields.add(new FlagField(toolkit, c, "The mediator itself is all of the dark matter", ModelKeys.MEDIATOR_DARK_MATTER,
                () -> p.getMediator() == null ? null : p.getMediator().isDarkMatter(),
                v -> execute(SetCommand.create(domain, p.getMediator(), Literals.MEDIATOR__DARK_MATTER, v))));

        group(c, "Dark matter");
        List<String> dmKinds = new ArrayList<>();
        dmKinds.add("none");
        DarkMatterKind.VALUES.forEach(k -> dmKinds.add(k.getLiteral()));
        fields.add(new ChoiceField(toolkit, c, "Kind", ModelKeys.DM, dmKinds,
                () -> p.getDarkMatter() == null ? "none" : p.getDarkMatter().getKind().getLiteral(),
                v -> chooseDarkMatter(p, v)));
        fields.add(new QuantityField(toolkit, c, "Mass", "m_chi (the lighter state of a pseudo-Dirac pair)",
                ModelKeys.DM_MASS, domain, p::getDarkMatter, Literals.DARK_MATTER__MASS, true));
        fields.add(new QuantityField(toolkit, c, "Splitting", "m_chi2 - m_chi1 (pseudo-Dirac only)", ModelKeys.DM_SPLITTING,
                domain, () -> p.getDarkMatter() != null && p.getDarkMatter().getKind() == DarkMatterKind.PSEUDO_DIRAC
                        ? p.getDarkMatter() : null, Literals.DARK_MATTER__SPLITTING, true));

        group(c, "Couplings");
        fields.add(new QuantityField(toolkit, c, "alpha_D", "alpha_D = g_D^2/4pi, at most 1 (above 0.5 perturbativity is in doubt)",
                ModelKeys.ALPHA_D, domain, () -> p, Literals.MODEL_POINT__ALPHA_D, false));

        group(c, "Assumptions");
        fields.add(new FlagField(toolkit, c, "chi is all of the dark matter", ModelKeys.DM_ALL_OF_DARK_MATTER,
                () -> p.getDarkMatter() == null ? null : p.getDarkMatter().isAllOfDarkMatter(),
                v -> execute(SetCommand.create(domain, p.getDarkMatter(), Literals.DARK_MATTER__ALL_OF_DARK_MATTER, v))));
        fields.add(new FlagField(toolkit, c, "chi's abundance is thermal (freeze-out)", ModelKeys.DM_THERMAL,
                () -> p.getDarkMatter() == null ? null : p.getDarkMatter().isThermal(),
                v -> execute(SetCommand.create(domain, p.getDarkMatter(), Literals.DARK_MATTER__THERMAL, v))));

        if (study.getPoints().size() > 1) {
            Button remove = toolkit.createButton(c, "Remove this point", SWT.PUSH);
            remove.addListener(SWT.Selection, e -> execute(RemoveCommand.create(domain, study, Literals.STUDY__POINTS, p)));
        }
        c.addListener(SWT.Activate, e -> select.accept(p));
        for (Control child : c.getChildren()) {
            child.addListener(SWT.FocusIn, e -> select.accept(ownerFor(p, child)));
        }
        return fields;
    }

    /**
     * Shows a diagnosis on the form: each point's section says its overall status
     * and strongest constraint, and the coupling field of an excluded point is
     * marked with the constraints that exclude it (the value they depend on).
     */
    void showDiagnosis(org.darkcheck.ui.diagnosis.CheckResult result) {
        if (form.isDisposed()) {
            return;
        }
        boolean changed = false;
        for (int i = 0; i < sections.size() && i < study.getPoints().size(); i++) {
            ModelPoint p = study.getPoints().get(i);
            Section section = sections.get(i);
            var point = result.point(p.getName() == null ? "" : p.getName()).orElse(null);
            QuantityField coupling = (QuantityField) fieldsByPoint.get(i).stream()
                    .filter(f -> f.key().equals(ModelKeys.MEDIATOR_COUPLING)).findFirst().orElseThrow();
            if (point == null) {
                continue;
            }
            if (point.diagnosis() == null) {
                section.setText("Model point " + p.getName() + " - cannot be evaluated");
                section.setDescription(point.problem());
                coupling.setVerdictNote(null);
                continue;
            }
            var d = point.diagnosis();
            String title = "Model point " + p.getName() + " - " + d.overall();
            String description = org.darkcheck.ui.views.ConstraintsView.summarize(d);
            if (!title.equals(section.getText())) {
                section.setText(title);
                section.setTitleBarForeground(section.getDisplay().getSystemColor(
                        d.overall() == org.darkcheck.engine.Status.EXCLUDED ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
                changed = true;
            }
            if (!description.equals(section.getDescription())) {
                boolean longer = description.length() > section.getDescription().length();
                section.setDescription(description);
                changed |= longer;
                section.layout(true, false);
            }
            List<String> excluding = d.verdicts().stream()
                    .filter(v -> v.status() == org.darkcheck.engine.Status.EXCLUDED && v.constraint().kind().decidesOverall())
                    .filter(v -> COUPLING_QUANTITIES.contains(v.quantity()))
                    .map(v -> v.id() + " (r = " + org.darkcheck.physics.units.Quantities.formatRatio(v.r()) + ")")
                    .toList();
            coupling.setVerdictNote(excluding.isEmpty() ? null : "Excluded by " + String.join(", ", excluding));
        }
        if (changed) {
            form.reflow(true);
        }
    }

    /** The verdict quantities that are the mediator's coupling (so an excluding verdict marks the coupling field). */
    private static final java.util.Set<String> COUPLING_QUANTITIES = java.util.Set.of("epsilon", "coupling", "kappa", "g",
            "sin-theta", "theta", "g_BL", "g_mu-tau");

    private static EObject ownerFor(ModelPoint p, Control control) {
        Object key = control.getData("darkcheck.key");
        if (key instanceof String k) {
            if (k.startsWith("mediator")) {
                return p.getMediator();
            }
            if (k.startsWith("dm.") && p.getDarkMatter() != null) {
                return p.getDarkMatter();
            }
        }
        return p;
    }

    private void chooseDarkMatter(ModelPoint p, String literal) {
        if (literal.equals("none")) {
            execute(SetCommand.create(domain, p, Literals.MODEL_POINT__DARK_MATTER, null));
        } else if (p.getDarkMatter() == null) {
            DarkMatter dm = DarksideFactory.eINSTANCE.createDarkMatter();
            dm.setKind(DarkMatterKind.get(literal));
            double mediatorMass = p.getMediator() == null ? 0 : p.getMediator().getMass();
            dm.setMass(mediatorMass > 0 ? mediatorMass / 3 : 0.01);
            execute(SetCommand.create(domain, p, Literals.MODEL_POINT__DARK_MATTER, dm));
        } else {
            execute(SetCommand.create(domain, p.getDarkMatter(), Literals.DARK_MATTER__KIND, DarkMatterKind.get(literal)));
        }
    }

    private void addPoint() {
        ModelPoint last = study.getPoints().get(study.getPoints().size() - 1);
        ModelPoint copy = EcoreUtil.copy(last);
        int n = study.getPoints().size() + 1;
        while (true) {
            String name = "BP" + n;
            if (study.getPoints().stream().noneMatch(q -> name.equals(q.getName()))) {
                copy.setName(name);
                break;
            }
            n++;
        }
        execute(AddCommand.create(domain, study, Literals.STUDY__POINTS, copy));
        select.accept(copy);
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    void dispose() {
        toolkit.dispose();
    }
}
