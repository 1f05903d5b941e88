package org.releasesim.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents a reader gets with the repository cite only what the repository holds: no
 * project notes outside it (../shared, MODEL.md), no tracker issue numbers, and no relative link
 * to a file that is not there.
 */
class DocsStayInTheRepositoryTest {
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|MODEL\\.md"
      + "|[Ii]ssue [0-9]+");
  /** A Markdown link or image: [text](target) or [text](target "title"). */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

  @Test
  void noDocumentCitesFilesOutsideTheRepositoryOrIssueNumbers() throws IOException {
    List<String> hits = new ArrayList<>();
    List<Path> files = new ArrayList<>(markdown());
    files.addAll(scenarioFiles());
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (OUTSIDE.matcher(lines.get(i)).find()) {
          hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertTrue(files.size() > 10, "documents found: " + files);
    assertTrue(hits.isEmpty(), "cite the published source or a file under docs/ instead:\n"
        + String.join("\n", hits));
  }

  @Test
  void everyRelativeLinkResolvesToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path file : markdown()) {
      String text = INLINE_CODE.matcher(FENCED.matcher(Files.readString(file)).replaceAll(""))
          .replaceAll("");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1).replaceFirst("#.*$", "");
        if (target.isEmpty() || target.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue; // an anchor in the same page, or a URL
        }
        links++;
        if (!Files.exists(file.toAbsolutePath().getParent().resolve(target))) {
          broken.add(file + ": " + m.group(1));
        }
      }
    }
    assertTrue(links > 10, "relative links found: " + links);
    assertTrue(broken.isEmpty(), "links to files that do not exist:\n" + String.join("\n",
        broken));
  }

  /** docs/*.md, README.md and results/README.md. */
  private static List<Path> markdown() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md"),
        Path.of("results", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /** scenarios/**&#47;*.yaml. */
  private static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
