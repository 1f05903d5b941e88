package org.releasesim.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.YamlNode.Mapping;

/**
 * Reads scenario files into validated {@link ScenarioParams}. The steps, each in its own class:
 * parse the YAML safely ({@link YamlTreeReader}), resolve {@code extends}
 * ({@link ExtendsResolver}), apply {@code --set} overrides ({@link SetOverrides}), bind onto the
 * records ({@link RecordBinder}), and write the resolved YAML ({@link ResolvedYaml}). Every
 * problem surfaces as a {@link ScenarioException} whose message is meant for the user.
 */
public final class ScenarioReader {
  /** Top-level key naming the scenario; the file's base name when absent. */
  static final String NAME_KEY = "name";
  /** A scenario name is a folder name: no separators, no leading dot, so never '..'. */
  private static final java.util.regex.Pattern SAFE_NAME =
      java.util.regex.Pattern.compile("[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,79}");
  private static final List<String> RESERVED_KEYS = List.of(NAME_KEY, ExtendsResolver.KEY);

  /**
   * Reads a scenario file.
   *
   * @param file the YAML file; {@code extends} paths in it are relative to its folder
   * @param overrides {@code path.to.key=value} texts from {@code --set}, applied in order
   * @throws ScenarioException if the file or an override cannot be read or is invalid
   */
  public LoadedScenario read(Path file, List<String> overrides) {
    return readWith(file, overrides.stream().map(CommandLineOverride::set).toList());
  }

  /**
   * Reads a scenario file with overrides from any command-line option (such as {@code --seed}),
   * each named in errors as it was typed.
   */
  public LoadedScenario readWith(Path file, List<CommandLineOverride> overrides) {
    return load(ScenarioFiles.read(file, YamlKind.SCENARIO), file.toString(), file, overrides);
  }

  /**
   * Reads scenario text that is not (or no longer) in a file: from the GUI's editor or a run
   * manifest.
   *
   * @param sourceName names the text in error messages and gives the default name; if it is a
   *     path, {@code extends} is resolved relative to its folder
   * @throws ScenarioException if the text is invalid
   */
  public LoadedScenario readText(String yaml, String sourceName) {
    return load(yaml, sourceName, asPath(sourceName), List.of());
  }

  /**
   * Reads scenario text with {@code --set} overrides applied in order: how a posterior
   * calibration builds each particle's scenario from its fitted values without a file.
   *
   * @throws ScenarioException if the text or an override is invalid
   */
  public LoadedScenario readText(String yaml, String sourceName, List<String> overrides) {
    return load(yaml, sourceName, asPath(sourceName),
        overrides.stream().map(CommandLineOverride::set).toList());
  }

  private static LoadedScenario load(String text, String sourceName, Path file,
      List<CommandLineOverride> overrides) {
    Mapping root = YamlTreeReader.readDocument(text, sourceName, YamlKind.SCENARIO);
    Mapping resolved = SetOverrides.apply(ExtendsResolver.resolve(root, file), overrides);
    String name = nameOf(resolved, sourceName);
    ScenarioParams params = RecordBinder.bindScenario(resolved, RESERVED_KEYS);
    return new LoadedScenario(name, file, params, ResolvedYaml.of(name, params));
  }

  private static String nameOf(Mapping root, String sourceName) {
    YamlNode.Entry entry = root.entry(NAME_KEY).orElse(null);
    if (entry == null) {
      return baseName(sourceName);
    }
    if (entry.value() instanceof YamlNode.Scalar scalar
        && scalar.kind() != YamlNode.ScalarKind.NULL
        && SAFE_NAME.matcher(scalar.text().strip()).matches()) {
      return scalar.text().strip();
    }
    String shown = entry.value() instanceof YamlNode.Scalar sc
        ? " = '" + UserText.quote(sc.text()) + "'" : "";
    throw ScenarioException.at(entry.keyLocation(), "name" + shown + " is not allowed: it names"
        + " the results folder, so it must be 1 to 80 characters without '/', '\\' or control"
        + " characters, not starting with '.'; or leave name out to use the file name.");
  }

  /** The last part of a path without a .yaml or .yml ending. */
  private static String baseName(String sourceName) {
    Path path = asPath(sourceName);
    String last = path == null || path.getFileName() == null
        ? sourceName : path.getFileName().toString();
    String lower = last.toLowerCase(Locale.ROOT);
    for (String ending : List.of(".yaml", ".yml")) {
      if (lower.endsWith(ending) && lower.length() > ending.length()) {
        return last.substring(0, last.length() - ending.length());
      }
    }
    return last;
  }

  private static Path asPath(String sourceName) {
    try {
      return Path.of(sourceName);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
