package org.releasesim.output;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/**
 * Why a JSON file could not be read, in words that quote none of it: Jackson's own messages
 * quote the token they stopped at ("Unrecognized token 'root'"), and a file named as a manifest
 * may be any file at all.
 */
public final class JsonFailures {
  private JsonFailures() {}

  /** "not valid JSON (line 1, column 5)" or "field seed is missing or of the wrong type (...)". */
  public static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      // only the manifest's own fields are bound (others are ignored), so naming one quotes
      // nothing of the file
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      return "its field " + field + " does not hold what a manifest holds there" + where;
    }
    return "it is not valid JSON" + where;
  }
}
