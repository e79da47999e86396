package org.darkcheck.physics.recast;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed {@link Production}s by DarkCast spelling, parsed once. */
final class Productions {

    private static final Map<String, Production> CACHE = new ConcurrentHashMap<>();

    private Productions() {
    }

    static Production of(String spelling) {
        Production p = CACHE.get(spelling);
        if (p == null) {
            p = Production.parse(spelling);
            CACHE.put(spelling, p);
        }
        return p;
    }
}
