package org.darkcheck.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.engine.catalog.NamedText;
import org.darkcheck.rules.BuiltInKnowledge;

/**
 * What an executor builds its rule base from: always the built-in knowledge base,
 * which travels inside the job jar (read from the class path), and optionally a
 * user's constraint folder, read once on the driver and sent to the executors as a
 * broadcast of its file contents (never a driver-local path).
 *
 * @param userName   the user folder's name as the driver saw it, or null
 * @param userLimits its {@code *.limit} files
 * @param userRules  its {@code *.drl} files
 */
public record Knowledge(String userName, List<NamedText> userLimits, List<NamedText> userRules) implements Serializable {

    public Knowledge {
        userLimits = List.copyOf(userLimits);
        userRules = List.copyOf(userRules);
    }

    /** The built-in knowledge base only. */
    public static Knowledge builtIn() {
        return new Knowledge(null, List.of(), List.of());
    }

    /** The built-in knowledge base and a user folder read by {@link KnowledgeSource#fromFolder}. */
    public static Knowledge withUser(KnowledgeSource user) {
        return new Knowledge(user.name(), user.limitFiles(), user.ruleFiles());
    }

    /** The sources, in the order the command line gives them to the engine. */
    public List<KnowledgeSource> sources() {
        List<KnowledgeSource> sources = new ArrayList<>();
        sources.add(BuiltInKnowledge.source());
        if (userName != null) {
            sources.add(new KnowledgeSource(userName, userLimits, userRules));
        }
        return sources;
    }

    /** A fingerprint of the user files (the built-in base is part of the jar): "built-in" or a SHA-256. */
    public String fingerprint() {
        if (userName == null) {
            return "built-in";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<NamedText> files : List.of(userLimits, userRules)) {
                for (NamedText f : files) {
                    sha.update(f.name().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return "built-in+" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
