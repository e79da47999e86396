package org.darkcheck.engine;

/**
 * Where a constraint was published.
 *
 * @param citation human-readable citation, e.g. "NA64 Collaboration, Phys. Rev. Lett. 123 (2019) 121801"
 * @param arxiv    arXiv identifier, e.g. "1906.00176", or null
 * @param bibkey   INSPIRE BibTeX key, e.g. "NA64:2019imj", or null
 */
public record Reference(String citation, String arxiv, String bibkey) implements java.io.Serializable {
}
