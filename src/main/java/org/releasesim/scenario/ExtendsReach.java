package org.releasesim.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code extends} may reach. A scenario may be someone else's, so it must not read any
 * file it names: an extends target must lie, after following symbolic links, in or below one of
 * three folders: the folder of the scenario being read (the one named on the command line, or a
 * sweep's base), the working folder release-sim runs in, and the bundled {@code scenarios/}
 * folder. That keeps every layout that extends within a project (a {@code variants/} folder
 * extending {@code ../base.yaml} when run from the project, the bundled
 * {@code policies/real-world-rules.yaml} extending {@code ../baseline.yaml}) and refuses
 * absolute paths, {@code ../..} and symbolic links that lead elsewhere. Running from a folder
 * that holds both files is the way to extend across folders.
 */
final class ExtendsReach {
  /** Each allowed folder by what the message calls it, as absolute and as real paths. */
  private final Map<String, List<Path>> folders;

  private ExtendsReach(Map<String, List<Path>> folders) {
    this.folders = folders;
  }

  /**
   * The reach of a scenario read from {@code topFile} (null for text without a file), from the
   * working folder {@code workingFolder}.
   */
  static ExtendsReach around(Path topFile, Path workingFolder) {
    Map<String, List<Path>> folders = new LinkedHashMap<>();
    Path top = topFile == null ? null : topFile.toAbsolutePath().normalize().getParent();
    if (top != null) {
      folders.put("the folder of the scenario read", forms(top));
    }
    if (top == null || !top.equals(workingFolder.toAbsolutePath().normalize())) {
      folders.put("the working folder", forms(workingFolder));
    }
    bundledFolder().ifPresent(b -> folders.put("the bundled scenarios", forms(b)));
    return new ExtendsReach(folders);
  }

  /**
   * Why {@code target} may not be extended, or empty if it may.
   *
   * @param target the extends target, resolved against the extending file's folder
   */
  Optional<String> refusal(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Path real;
    try {
      real = Files.exists(absolute) ? absolute.toRealPath() : null;
    } catch (IOException e) {
      real = null;
    }
    // a file that is not there is judged by its path, so that a path outside is refused as
    // such (whether or not something is there) and a path inside is reported missing
    Path judged = real != null ? real : absolute;
    if (folders.values().stream().flatMap(List::stream).anyMatch(judged::startsWith)) {
      return Optional.empty();
    }
    String leads = real != null && !real.equals(absolute)
        ? "it leads, through a symbolic link, to " + UserText.path(real)
        : "it leads to " + UserText.path(absolute);
    List<String> named = new ArrayList<>();
    folders.forEach((what, forms) -> named.add(what + " (" + forms.get(0) + ")"));
    return Optional.of(leads + ", outside the folders a scenario may extend from: an extends"
        + " target must lie, after following symbolic links, in or below " + alternatives(named)
        + ". Copy the file into one of them, or run"
        + " release-sim from a folder that holds both files.");
  }

  /** "A", "A or B", "A, B or C". */
  private static String alternatives(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
  }

  /** A folder as given (absolute) and as its real path, if that differs. */
  private static List<Path> forms(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    List<Path> forms = new ArrayList<>(List.of(absolute));
    try {
      Path real = absolute.toRealPath();
      if (!real.equals(absolute)) {
        forms.add(real);
      }
    } catch (IOException e) {
      // a folder that cannot be resolved contributes its path only
    }
    return forms;
  }

  /**
   * The {@code scenarios/} folder of this installation: beside {@code target/}, which holds the
   * jar ({@code target/release-sim.jar}) or the compiled classes ({@code target/classes}).
   */
  private static Optional<Path> bundledFolder() {
    CodeSource source = ExtendsReach.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path target = Path.of(source.getLocation().toURI()).getParent();
      Path project = target == null ? null : target.getParent();
      return Optional.ofNullable(project).map(p -> p.resolve("scenarios"))
          .filter(Files::isDirectory);
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      return Optional.empty(); // not a plain file (a jar inside a jar): no bundled folder
    }
  }
}
