package org.darkcheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, repeated {@code --set
 * KEY=VALUE} pairs (later ones win) and single-valued options
 * ({@code --format json} or {@code --format=json}).
 */
final class Arguments {

    final List<String> positional = new ArrayList<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final Map<String, String> options = new LinkedHashMap<>();

    static Arguments parse(String command, List<String> args, Set<String> allowedOptions) throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!name.equals("set") && !allowedOptions.contains(name)) {
                    throw new UsageException("unknown option '--" + name + "' for " + command
                            + (allowedOptions.isEmpty() ? "" : " (options: --" + String.join(", --", allowedOptions) + ")"));
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (name.equals("set")) {
                    int kv = value.indexOf('=');
                    if (kv <= 0) {
                        throw new UsageException("--set takes KEY=VALUE, got '" + value + "'");
                    }
                    a.settings.remove(value.substring(0, kv).strip());
                    a.settings.put(value.substring(0, kv).strip(), value.substring(kv + 1));
                } else {
                    a.options.put(name, value);
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
