package org.releasesim.scenario;

import java.nio.file.Path;

/**
 * The one safe reader of YAML input files, for scenario and sweep files alike: the same cap on
 * size (bytes and characters), on nesting depth and on aliases to lists and mappings, the same
 * refusal of duplicate keys, tags, merge keys and self-referencing aliases, and the same form of
 * message ({@code <file>, line L, column C: <what is wrong and what is allowed>}). Only the nouns
 * in the messages depend on the {@link YamlKind}. Problems are thrown as
 * {@link ScenarioException}s; a reader of another kind may rethrow the message as its own.
 */
public final class YamlDocuments {
  /** Largest file accepted, in bytes; the largest text, in characters, is the same number. */
  public static final long MAX_BYTES = ScenarioFiles.MAX_BYTES;
  /** Deepest nesting of lists and mappings accepted. */
  public static final int MAX_DEPTH = YamlLimits.MAX_DEPTH;
  /** Most aliases to lists or mappings accepted in one document. */
  public static final int MAX_COLLECTION_ALIASES = YamlLimits.MAX_COLLECTION_ALIASES;

  private YamlDocuments() {}

  /**
   * The text of an input file: a regular, readable UTF-8 file of at most {@link #MAX_BYTES}.
   *
   * @throws ScenarioException naming the file and what is wrong with it
   */
  public static String text(Path file, YamlKind kind) {
    return ScenarioFiles.read(file, kind);
  }

  /**
   * The document in {@code text}, whose top level must be a mapping of names.
   *
   * @param sourceName names the text in messages (the file, as the user gave it)
   * @throws ScenarioException at the file, line and column of the first problem
   */
  public static YamlNode.Mapping parse(String text, String sourceName, YamlKind kind) {
    return YamlTreeReader.readDocument(text, sourceName, kind);
  }
}
