package org.releasesim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.Mapping;

/**
 * Resolves {@code extends: other.yaml}: the other file (path relative to the extending file) is
 * read, its own {@code extends} resolved in turn, and the extending file laid over it: mappings
 * merge key by key, the extending file wins, lists are replaced whole. A parent's {@code name}
 * is not inherited: a scenario built on another is a different scenario. Only files within
 * {@link ExtendsReach} are read.
 */
final class ExtendsResolver {
  static final String KEY = "extends";

  private ExtendsResolver() {}

  /**
   * {@code root} with every file it extends merged underneath.
   *
   * @param file the file {@code root} was read from, or null when the text has no file (then
   *     an {@code extends} path is relative to the working directory)
   */
  static Mapping resolve(Mapping root, Path file) {
    ExtendsReach reach = ExtendsReach.around(file, Path.of("").toAbsolutePath());
    return resolve(root, file, file == null ? List.of() : List.of(file), reach);
  }

  private static Mapping resolve(Mapping child, Path childFile, List<Path> chain,
      ExtendsReach reach) {
    Entry extendsEntry = child.entry(KEY).orElse(null);
    if (extendsEntry == null) {
      return child;
    }
    Path parentFile = parentFile(extendsEntry, childFile);
    // before anything else is learnt about the file, not even whether it exists
    reach.refusal(parentFile).ifPresent(why -> {
      throw ScenarioException.at(extendsEntry.keyLocation(), "extends = "
          + UserText.quote(parentText(extendsEntry)) + " is not allowed: " + why);
    });
    List<Path> longer = new ArrayList<>(chain);
    longer.add(parentFile);
    if (chain.stream().anyMatch(seen -> sameFile(seen, parentFile))) {
      throw ScenarioException.at(extendsEntry.keyLocation(), "extends = "
          + UserText.quote(parentText(extendsEntry)) + " closes a circle (" + longer.stream()
              .map(UserText::path).collect(Collectors.joining(" extends "))
          + "); a scenario cannot extend itself,"
          + " directly or through other files.");
    }
    if (Files.isDirectory(parentFile)) {
      throw ScenarioException.at(extendsEntry.keyLocation(), "extends = "
          + UserText.quote(parentText(extendsEntry)) + " names a folder ("
          + UserText.path(parentFile) + "); allowed: the path"
          + " of another scenario file.");
    }
    if (!Files.exists(parentFile)) {
      throw ScenarioException.at(extendsEntry.keyLocation(), "extends = "
          + UserText.quote(parentText(extendsEntry)) + ", but the file "
          + UserText.path(parentFile) + " does not exist (an"
          + " extends path is relative to the folder of the file that extends).");
    }
    Mapping parent = YamlTreeReader.readDocument(ScenarioFiles.read(parentFile,
        YamlKind.SCENARIO), parentFile.toString(), YamlKind.SCENARIO);
    Mapping resolvedParent = resolve(parent, parentFile, longer, reach);
    return child.without(KEY).overlaidOn(resolvedParent.without(ScenarioReader.NAME_KEY));
  }

  private static Path parentFile(Entry extendsEntry, Path childFile) {
    String text = parentText(extendsEntry);
    try {
      Path named = Path.of(text);
      return (childFile == null ? named : childFile.resolveSibling(named)).normalize();
    } catch (InvalidPathException e) {
      throw ScenarioException.at(extendsEntry.value().location(), "extends = "
          + UserText.quote(text) + " is not a valid file path; allowed: the path of another"
          + " scenario file.");
    }
  }

  private static String parentText(Entry extendsEntry) {
    if (extendsEntry.value() instanceof YamlNode.Scalar scalar
        && scalar.kind() == YamlNode.ScalarKind.TEXT && !scalar.text().isBlank()) {
      return scalar.text().strip();
    }
    throw ScenarioException.at(extendsEntry.keyLocation(), "extends must name another scenario"
        + " file; allowed: a file path such as extends: baseline.yaml.");
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
