package org.darkcheck.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BibTeX entries by key, read from a .bib text (e.g. DarkCast's darkrefs.bib). */
public final class BibDatabase {

    private static final Pattern ENTRY_START = Pattern.compile("@\\s*(\\w+)\\s*\\{\\s*([^,\\s]+)\\s*,");

    private final Map<String, String> entries;

    private BibDatabase(Map<String, String> entries) {
        this.entries = entries;
    }

    public static BibDatabase empty() {
        return new BibDatabase(Map.of());
    }

    /** Reads every entry of a .bib text; braces are balanced to find each entry's end. */
    public static BibDatabase parse(String bib) {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher m = ENTRY_START.matcher(bib);
        int from = 0;
        while (m.find(from)) {
            int open = bib.indexOf('{', m.start());
            int depth = 0;
            int end = -1;
            for (int i = open; i < bib.length(); i++) {
                char ch = bib.charAt(i);
                if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                    if (depth == 0) {
                        end = i + 1;
                        break;
                    }
                }
            }
            if (end < 0) {
                break;
            }
            entries.putIfAbsent(m.group(2), bib.substring(m.start(), end));
            from = end;
        }
        return new BibDatabase(entries);
    }

    public Optional<String> entry(String key) {
        return Optional.ofNullable(key == null ? null : entries.get(key));
    }

    public int size() {
        return entries.size();
    }
}
