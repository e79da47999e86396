package org.darkcheck.engine.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.engine.catalog.NamedText;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL files into one Drools KieBase. A file that does not compile is
 * left out and reported with its line and reason; the other files still work.
 *
 * <p>Inside OSGi, Drools finds its own services through the thread context
 * class loader, and compiles rules against a class loader that sees the fact
 * classes: both are set here, so the same code runs in the workbench, the
 * command line, the tests and a plain class path.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<KnowledgeProblem> problems;
    private final List<String> compiledFiles;

    private RuleBase(KieBase kieBase, List<KnowledgeProblem> problems, List<String> compiledFiles) {
        this.kieBase = kieBase;
        this.problems = List.copyOf(problems);
        this.compiledFiles = List.copyOf(compiledFiles);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The files left out, each with where and why. */
    public List<KnowledgeProblem> problems() {
        return problems;
    }

    public List<String> compiledFiles() {
        return compiledFiles;
    }

    public static RuleBase compile(List<NamedText> drlFiles) {
        return withDroolsClassLoader(() -> {
            Map<String, NamedText> remaining = new LinkedHashMap<>();
            for (NamedText f : drlFiles) {
                remaining.put(f.name(), f);
            }
            List<KnowledgeProblem> problems = new ArrayList<>();
            // Compile everything together; drop the files that have errors and compile again.
            for (int attempt = 0; attempt <= drlFiles.size(); attempt++) {
                KnowledgeBuilder builder = newBuilder();
                for (NamedText f : remaining.values()) {
                    builder.add(resource(f), ResourceType.DRL);
                }
                if (!builder.hasErrors()) {
                    return new RuleBase(builder.newKieBase(), problems, new ArrayList<>(remaining.keySet()));
                }
                List<String> failed = new ArrayList<>();
                for (KnowledgeBuilderError error : builder.getErrors()) {
                    String file = error.getResource() == null ? null : error.getResource().getSourcePath();
                    int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
                    String message = error.getMessage() == null ? "does not compile" : error.getMessage().strip();
                    if (file == null || !remaining.containsKey(file)) {
                        // An error Drools cannot place in a file: find the culprit by compiling each file alone.
                        failed.addAll(isolate(remaining, problems));
                        break;
                    }
                    if (!failed.contains(file)) {
                        failed.add(file);
                    }
                    problems.add(new KnowledgeProblem(file, Math.max(line, 0), firstLine(message)));
                }
                if (failed.isEmpty()) {
                    failed.addAll(isolate(remaining, problems));
                }
                if (failed.isEmpty()) {
                    throw new IllegalStateException("Drools reports errors it cannot place in a file: " + builder.getErrors());
                }
                failed.forEach(remaining::remove);
            }
            throw new IllegalStateException("rule compilation did not settle");
        });
    }

    private static List<String> isolate(Map<String, NamedText> files, List<KnowledgeProblem> problems) {
        List<String> failed = new ArrayList<>();
        for (NamedText f : files.values()) {
            KnowledgeBuilder alone = newBuilder();
            alone.add(resource(f), ResourceType.DRL);
            if (alone.hasErrors()) {
                failed.add(f.name());
                KnowledgeBuilderError error = alone.getErrors().iterator().next();
                int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
                problems.add(new KnowledgeProblem(f.name(), Math.max(line, 0), firstLine(error.getMessage())));
            }
        }
        return failed;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "does not compile";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private static KnowledgeBuilder newBuilder() {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                RuleBase.class.getClassLoader());
        return KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
    }

    private static Resource resource(NamedText file) {
        Resource r = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
        r.setSourcePath(file.name());
        r.setResourceType(ResourceType.DRL);
        return r;
    }

    /** Runs Drools code with Drools' own class loader as the thread context class loader. */
    public static <T> T withDroolsClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KieBase.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
