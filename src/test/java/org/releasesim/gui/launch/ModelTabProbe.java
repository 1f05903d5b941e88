package org.releasesim.gui.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.releasesim.gui.view.ReleaseSimConsole;
import org.releasesim.gui.view.ReleaseSimWithUI;
import org.releasesim.gui.watch.GuiScenarios;
import sim.portrayal.Inspector;

/**
 * Run in a child JVM on a display by {@link ModelTabTest}: opens the real Console on a scenario
 * whose policy has a long name, steps the run, switches the policy by hand three times (so the
 * list of switches grows long), shows the Model tab and prints, as JSON, every value it shows:
 * its text, its width and preferred size, and where its right edge falls in the tab's visible
 * width.
 */
public final class ModelTabProbe {
  /** A long policy name (the longest allowed is 40 characters), which a narrow tab cut short. */
  static final String LONG_POLICY = "HOLD_ONLY_AFTER_A_VIOLENT_CONVICTION";

  private ModelTabProbe() {}

  public static void main(String[] args) throws Exception {
    ReleaseSimWithUI gui = new ReleaseSimWithUI(GuiScenarios.smallTeaching("time.years=0.1",
        "jurisdictions[0].population=1000",
        "time.warmupYears=0.01", "policies=[{name: " + LONG_POLICY + ", covers:"
            + " {violentConviction: true}, hold: true, cooperation: 0.5}]",
        "jurisdictions[0].policy=" + LONG_POLICY), "probe");
    ReleaseSimConsole console = FigureRun.onSwing(() -> {
      ReleaseSimConsole c = new ReleaseSimConsole(gui);
      c.setVisible(true);
      c.pressPause();
      return c;
    });
    List<Map<String, Object>> switches = new ArrayList<>();
    for (String policy : new String[] {"HONOR_DETAINERS", "NO_COOPERATION", LONG_POLICY}) {
      FigureRun.onSwing(() -> {
        console.setNumStepsPerStepButtonPress(3);
        console.pressPlay();
        return null;
      });
      synchronized (gui.state.schedule) {
        gui.run().switchPolicy(0, policy);
        switches.add(Map.of("day", gui.run().clock().recordedDay(gui.run().reached()),
            "policy", policy));
      }
    }
    Map<String, Object> report = FigureRun.onSwing(() -> {
      console.refresh();
      JTabbedPane tabs = console.getTabPane();
      tabs.setSelectedIndex(tabs.indexOfTab("Model"));
      console.validate();
      Inspector tab = console.getModelInspector();
      JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, tab);
      List<Map<String, Object>> values = new ArrayList<>();
      collect(tab, viewport, values);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("viewport_width", viewport.getExtentSize().width);
      r.put("console_width", console.getWidth());
      r.put("switches", switches);
      r.put("values", values);
      return r;
    });
    System.out.println(new ObjectMapper().writeValueAsString(report));
    FigureRun.onSwing(() -> {
      console.doClose();
      return null;
    });
    System.exit(0);
  }

  /** Every label, text field and pull-down list under {@code c} that shows text. */
  private static void collect(Container c, JViewport viewport, List<Map<String, Object>> out) {
    for (Component child : c.getComponents()) {
      String text = child instanceof JLabel l ? l.getText()
          : child instanceof JTextComponent t ? t.getText()
          : child instanceof JComboBox<?> b ? String.valueOf(b.getSelectedItem()) : null;
      if (text != null && !text.isEmpty() && child.isVisible()) {
        Rectangle in = SwingUtilities.convertRectangle(c, child.getBounds(), viewport);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", child.getClass().getSimpleName());
        v.put("text", text);
        v.put("width", child.getWidth());
        v.put("height", child.getHeight());
        v.put("preferred_width", child.getPreferredSize().width);
        v.put("preferred_height", child.getPreferredSize().height);
        v.put("right", in.x + in.width);
        out.add(v);
      }
      if (child instanceof Container inner && !(child instanceof JComboBox<?>)) {
        collect(inner, viewport, out);
      }
    }
  }
}
