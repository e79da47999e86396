package org.darkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.Examples;
import org.darkcheck.model.InvalidModelException;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.ModelKeys;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.report.JsonReport;
import org.darkcheck.rules.BuiltInKnowledge;

import com.google.gson.GsonBuilder;

/**
 * The commands of ./darkcheck (shared/CLI.md), free of OSGi so that tests can
 * call {@link #run} directly. Exit status: 0 when the command ran, 2 for bad
 * input (with one line on standard error naming what was wrong), 3 for an
 * internal error.
 */
public final class DarkCheckCommandLine {

    public static final String VERSION = "0.1.0";
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    private static final Set<String> CHECK_OPTIONS = Set.of("format", "out", "point", "constraints");

    private final PrintStream out;
    private final PrintStream err;

    public DarkCheckCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        try {
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            String command = rest.isEmpty() ? "welcome" : rest.remove(0);
            switch (command) {
                case "check":
                    return check(rest, false);
                case "derive":
                    return check(rest, true);
                case "relic-target":
                    return RelicTargetCommand.run(rest, out, err);
                case "keys":
                    return keys(rest);
                case "scan":
                    return new ScanCommand(this, out, err).run(rest);
                case "templates":
                    return templates(rest);
                case "new":
                    return newModel(rest);
                case "constraints":
                    return constraints(rest);
                case "welcome":
                    return welcome();
                case "benchmark": {
                    Arguments a = Arguments.parse("benchmark", rest, Set.of("points", "builds"));
                    Benchmark.run(out, parseCount(a.option("builds", "6"), "--builds"), parseCount(a.option("points", "100000"), "--points"));
                    return OK;
                }
                case "help":
                case "--help":
                case "-h":
                    out.print(usage());
                    return OK;
                default:
                    throw new UsageException("unknown command '" + command + "' (commands: check, derive, relic-target, scan, keys, constraints, templates, new, benchmark, help)");
            }
        } catch (UsageException e) {
            err.println("darkcheck: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | IOException | Error e) {
            err.println("darkcheck: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }

    private int check(List<String> args, boolean deriveOnly) throws UsageException, IOException {
        String command = deriveOnly ? "derive" : "check";
        Arguments a = Arguments.parse(command, args, CHECK_OPTIONS);
        String format = a.option("format", "text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "csv", "html", "bibtex").contains(format)
                || (deriveOnly && !format.equals("text") && !format.equals("json"))) {
            throw new UsageException("--format must be " + (deriveOnly ? "text or json" : "text, json, csv, html or bibtex")
                    + ", got '" + format + "'");
        }
        Loaded loaded = loadModel(command, a);
        Study study = loaded.study();
        ModelPoint point = loaded.point();
        ModelSnapshot snapshot = loaded.snapshot();
        Map<String, Object> model = ModelKeys.describe(point);
        String text;
        if (deriveOnly) {
            Diagnosis d = new Diagnosis(snapshot, org.darkcheck.physics.Evaluator.derive(snapshot), List.of());
            text = format.equals("json") ? deriveJson(d, model)
                    : DeriveTextOutput.text(d.derived(), "DarkCheck " + VERSION + ": derived quantities of point " + point.getName());
        } else {
            DarkCheckEngine engine = engine(a.option("constraints", null));
            Diagnosis d = engine.check(snapshot);
            String name = (study.getName() == null ? "" : study.getName() + ", ") + "point " + point.getName();
            text = format.equals("text") ? TextOutput.check(d, "DarkCheck " + VERSION + ": " + name, model)
                    : org.darkcheck.report.Reports.render(format, name, model, d, engine, VERSION);
        }
        write(a.option("out", null), text);
        return OK;
    }

    /** A model read from a file and/or --set keys: the study, the chosen point and its snapshot. */
    record Loaded(Study study, ModelPoint point, ModelSnapshot snapshot) {
    }

    /** Reads the model of a command: FILE (optional) with --set overrides, the point of --point (else the first). */
    static Loaded loadModel(String command, Arguments a) throws UsageException {
        if (a.positional.size() > 1) {
            throw new UsageException(command + " takes at most one model file, got " + a.positional);
        }
        if (a.positional.isEmpty() && a.settings.isEmpty()) {
            throw new UsageException(command + " needs a model: a .darkside file, or --set KEY=VALUE (see './darkcheck keys')");
        }
        Study study;
        if (a.positional.isEmpty()) {
            study = ModelKeys.newStudy();
        } else {
            try {
                study = DarksideFiles.load(Path.of(a.positional.get(0)));
            } catch (ModelFileException e) {
                throw new UsageException(e.getMessage());
            }
        }
        ModelPoint point = selectPoint(study, a.option("point", null));
        try {
            ModelKeys.apply(point, a.settings);
            return new Loaded(study, point, Snapshots.of(point));
        } catch (InvalidModelException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String deriveJson(Diagnosis d, Map<String, Object> model) {
        com.google.gson.JsonObject root = new com.google.gson.JsonObject();
        root.addProperty("darkcheck", VERSION);
        root.add("model", new GsonBuilder().serializeNulls().create().toJsonTree(model));
        root.add("derived", JsonReport.derived(d.derived().named()));
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
    }

    private static int parseCount(String text, String option) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 2) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number of at least 2, got '" + text + "'");
        }
    }

    static ModelPoint selectPoint(Study study, String name) throws UsageException {
        if (study.getPoints().isEmpty()) {
            throw new UsageException("the study has no model point");
        }
        if (name == null) {
            return study.getPoints().get(0);
        }
        for (ModelPoint p : study.getPoints()) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        List<String> names = new ArrayList<>();
        study.getPoints().forEach(p -> names.add(p.getName()));
        throw new UsageException("no model point named '" + name + "' (points: " + String.join(", ", names) + ")");
    }

    DarkCheckEngine engine(String userFolder) throws UsageException, IOException {
        List<KnowledgeSource> sources = new ArrayList<>();
        sources.add(BuiltInKnowledge.source());
        if (userFolder != null) {
            Path folder = Path.of(userFolder);
            if (!Files.isDirectory(folder)) {
                throw new UsageException("--constraints: '" + userFolder + "' is not a folder");
            }
            sources.add(KnowledgeSource.fromFolder(folder));
        }
        DarkCheckEngine engine = DarkCheckEngine.build(sources);
        for (KnowledgeProblem p : engine.problems()) {
            err.println("darkcheck: warning: " + p + " (this file is left out)");
        }
        return engine;
    }

    private void write(String path, String text) throws UsageException {
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (path == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            DarksideFiles.writeAtomically(Path.of(path), text.getBytes(StandardCharsets.UTF_8));
        } catch (ModelFileException e) {
            throw new UsageException("--out " + e.getMessage());
        }
    }

    private int keys(List<String> args) throws UsageException {
        Arguments.parse("keys", args, Set.of());
        out.println(String.format(Locale.ROOT, "%-22s %-45s %s", "KEY", "VALUES", "MEANING"));
        for (ModelKeys.Key k : ModelKeys.ALL) {
            out.println(String.format(Locale.ROOT, "%-22s %-45s %s", k.name(), k.values(), k.meaning()));
        }
        return OK;
    }

    private int templates(List<String> args) throws UsageException {
        Arguments.parse("templates", args, Set.of());
        for (org.darkcheck.model.Templates.Template t : org.darkcheck.model.Templates.ALL) {
            out.println(String.format(Locale.ROOT, "%-26s %s", t.name(), t.title()));
            out.println(String.format(Locale.ROOT, "%-26s %s", "", t.description()));
        }
        return OK;
    }

    private int newModel(List<String> args) throws UsageException {
        Arguments a = Arguments.parse("new", args, Set.of("template"));
        String name = a.option("template", null);
        if (name == null || a.positional.size() != 1) {
            throw new UsageException("usage: ./darkcheck new --template NAME FILE.darkside (./darkcheck templates lists the names)");
        }
        org.darkcheck.model.Templates.Template template = org.darkcheck.model.Templates.named(name)
                .orElseThrow(() -> new UsageException("no template named '" + name + "' (./darkcheck templates lists them)"));
        Path file = Path.of(a.positional.get(0));
        if (Files.exists(file)) {
            throw new UsageException(file + " exists already; DarkCheck does not overwrite it (choose another name)");
        }
        if (file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new UsageException("the folder of " + file + " does not exist");
        }
        try {
            DarksideFiles.save(template.create(), file);
        } catch (ModelFileException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("wrote " + file + " from template " + name + ": " + template.title());
        return OK;
    }

    private int constraints(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse("constraints", args, Set.of("format", "constraints"));
        String format = a.option("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
        }
        DarkCheckEngine engine = engine(a.option("constraints", null));
        out.print(format.equals("json") ? JsonReport.constraints(engine.catalog(), VERSION) + "\n"
                : TextOutput.constraints(engine.catalog()));
        return OK;
    }

    private int welcome() throws IOException {
        Study study = Examples.load(Examples.DEFAULT);
        ModelPoint point = study.getPoints().get(0);
        ModelSnapshot snapshot;
        try {
            snapshot = Snapshots.of(point);
        } catch (InvalidModelException e) {
            throw new IllegalStateException("the bundled example is invalid: " + e.getMessage(), e);
        }
        try {
            Diagnosis d = engine(null).check(snapshot);
            out.print(TextOutput.check(d, "DarkCheck " + VERSION + ": the bundled example, " + study.getName(),
                    ModelKeys.describe(point)));
        } catch (UsageException e) {
            throw new IllegalStateException(e);
        }
        out.println();
        out.println("No display found, so the workbench did not open. To open it, run ./darkcheck where DISPLAY is set.");
        out.println("To diagnose your own model: ./darkcheck check FILE.darkside, or ./darkcheck check --set KEY=VALUE ...");
        out.println("(./darkcheck keys lists the keys; ./darkcheck help lists the commands.)");
        return OK;
    }

    static String usage() {
        return String.join("\n",
                "usage: ./darkcheck [COMMAND] [ARGS]",
                "  (no command)                  open the workbench (with a display), else diagnose the bundled example",
                "  check FILE.darkside           diagnose a saved model",
                "  check --set KEY=VALUE ...     diagnose a model given on the command line (--set overrides FILE)",
                "      --format text|json|csv|html|bibtex  --out PATH  --point NAME  --constraints DIR",
                "  scan FILE|--set ... --x KEY=FROM:TO:log|lin:N [--y ...] [--threads N] --out DIR",
                "                                a grid over one or two keys: DIR/scan.csv and maps (PNG, SVG)",
                "  derive ...                    the derived quantities only (same inputs as check)",
                "  relic-target --set KEY=VALUE ... --ratio R --from MASS --to MASS [--points N]",
                "                                the thermal-target coupling (Omega h^2 = 0.120) over m_chi, as CSV",
                "  constraints [--format json]   list the catalog",
                "  keys                          list every model key, its unit and meaning",
                "  templates                     list the model templates",
                "  new --template NAME FILE      write a new model from a template",
                "  benchmark [--points N]        time the rule-base build and one model's evaluation",
                "  test                          run the test suite (builds first)",
                "exit status: 0 ran, 2 bad input, 3 internal error",
                "");
    }
}
