package org.releasesim.gui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.releasesim.gui.view.ModelInspector;

/**
 * The Model tab shows every value whole, in the real Console on a display: a long policy name
 * in its pull-down list, and a list of policy switches that grows as the run goes on. Every
 * field is at least as wide as it wants to be and ends inside the tab's visible width (a value
 * past that edge is cut off, as NOTIFY_ONLY was in MASON's 380-pixel Console); text that only
 * shows a value wraps, so it is shown in full at any length.
 */
class ModelTabTest {
  @Test
  void everyValueOfTheModelTabIsShownWholeEvenALongPolicyNameAndALongSwitchList()
      throws Exception {
    JsonNode report = probe();
    int viewport = report.get("viewport_width").asInt();
    List<JsonNode> values = new ArrayList<>();
    report.get("values").forEach(values::add);
    for (JsonNode v : values) {
      String what = v.get("kind").asText() + " '" + v.get("text").asText() + "'";
      assertTrue(v.get("width").asInt() >= v.get("preferred_width").asInt(),
          () -> what + " is narrower than its text: " + v);
      assertTrue(v.get("right").asInt() <= viewport,
          () -> what + " runs past the tab's visible width " + viewport + ": " + v);
      if (!v.get("kind").asText().equals("JTextField")) {
        // wrapped text and pull-down lists need their full height: a list cut at the bottom
        // hides underscores (a text field's preferred height is its own, and it gets it)
        assertTrue(v.get("height").asInt() >= v.get("preferred_height").asInt(),
            () -> what + " is cut at the bottom: " + v);
      }
    }
    assertTrue(values.stream().anyMatch(v -> v.get("kind").asText().equals("JComboBox")
        && v.get("text").asText().equals(ModelTabProbe.LONG_POLICY)),
        "the policy list shows the long policy in force");

    String switches = StreamSupport.stream(report.get("switches").spliterator(), false)
        .map(s -> "day " + s.get("day").asInt() + ": Teaching Town to "
            + s.get("policy").asText()).collect(Collectors.joining("; "));
    String shown = ModelInspector.html("Policy switches", switches);
    assertTrue(values.stream().anyMatch(v -> v.get("text").asText().equals(shown)),
        () -> "the switches, all of them: " + switches + " in " + values);
  }

  private static JsonNode probe() throws Exception {
    String display = System.getenv("DISPLAY");
    Optional<java.nio.file.Path> xvfb = VirtualDisplay.findXvfb();
    assumeTrue((display != null && !display.isBlank()) || xvfb.isPresent(),
        "Model tab test skipped: no DISPLAY and no Xvfb on the PATH (install it with"
            + " apt-get install xvfb xauth)");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    if (xvfb.isPresent()) {
      try (VirtualDisplay virtual = VirtualDisplay.start(xvfb.get())) {
        code = run(virtual.name(), out, err);
      }
    } else {
      code = run(display, out, err);
    }
    assertEquals(0, code, "probe failed:\n" + out + err);
    String json = out.toString().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no report from the probe:\n" + out + err));
    return new ObjectMapper().readTree(json);
  }

  private static int run(String display, StringWriter out, StringWriter err) throws Exception {
    return ChildJvm.run(ModelTabProbe.class.getName(), List.of(), display,
        new PrintWriter(out, true), new PrintWriter(err, true));
  }
}
