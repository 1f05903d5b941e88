package org.releasesim.scenario;

import java.util.Map;

/**
 * A parameter's source as the documents print it. Some {@code @Param} sources cite the
 * project's design notes (MODEL.md), which are not in the repository; the reference, the schema
 * and the ODD table cite the ODD sections that hold the same content instead, so that every
 * citation a reader meets resolves inside the repository. The annotations themselves should
 * say so too; until they do, this table keeps the documents right.
 */
public final class SourceCitations {
  private static final Map<String, String> IN_REPOSITORY = Map.of(
      "MODEL.md design choice", "design choice (ODD sections 3-4)",
      "MODEL.md mechanism 3", "ODD section 7.3");

  private SourceCitations() {}

  /** The source with citations of files outside the repository replaced. */
  public static String inRepository(String source) {
    String cited = source;
    for (Map.Entry<String, String> e : IN_REPOSITORY.entrySet()) {
      cited = cited.replace(e.getKey(), e.getValue());
    }
    return cited;
  }
}
