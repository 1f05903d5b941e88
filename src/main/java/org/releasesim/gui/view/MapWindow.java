package org.releasesim.gui.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.geom.Rectangle2D;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.releasesim.gui.watch.HeatLayer;
import org.releasesim.gui.watch.MapLayout;
import org.releasesim.gui.watch.MapSettings;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.param.ScenarioParams;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The map's window: a MASON {@link Display2D} holding the map portrayal and the legend side by
 * side, sized to the scenario's tract grids, with a pull-down list for the heat-map layer in the
 * display's header.
 */
public final class MapWindow {
  /** Height of the map in pixels at zoom 1. */
  static final double MAP_HEIGHT = 720;
  /** Width of the legend in pixels at zoom 1. */
  static final double LEGEND_WIDTH = 340;

  private final Display2D display;
  private final JFrame frame;
  private final MapSettings settings;

  MapWindow(GUIState gui, WatchedRun run, MapSettings settings, String scenarioName,
      ScenarioParams params) {
    this.settings = settings;
    MapLayout shape = MapLayout.ofParams(params.jurisdictions());
    double mapWidth = Math.max(420, Math.min(920, MAP_HEIGHT * shape.width() / shape.height()));
    display = new Display2D(mapWidth + LEGEND_WIDTH, MAP_HEIGHT, gui);
    display.setBackdrop(Palette.BACKGROUND);
    display.attach(new MapPortrayal(run, settings), "Map",
        new Rectangle2D.Double(0, 0, mapWidth, MAP_HEIGHT));
    display.attach(new LegendPortrayal(run, settings, scenarioName), "Legend",
        new Rectangle2D.Double(mapWidth, 0, LEGEND_WIDTH, MAP_HEIGHT));
    display.header.add(new JLabel("  Tract colour: "));
    display.header.add(layerChoice());
    frame = display.createFrame();
    frame.setTitle("Map: " + scenarioName);
    frame.pack();
  }

  private JComboBox<String> layerChoice() {
    HeatLayer[] layers = HeatLayer.values();
    String[] names = new String[layers.length];
    for (int i = 0; i < layers.length; i++) {
      names[i] = layers[i].title();
    }
    JComboBox<String> choice = new JComboBox<>(names);
    choice.setSelectedIndex(settings.layer().ordinal());
    choice.addActionListener(e -> {
      settings.setLayer(layers[choice.getSelectedIndex()]);
      display.repaint();
    });
    choice.setMaximumSize(choice.getPreferredSize());
    return choice;
  }

  /** Draws the map at {@code scale} times its size (1: full size) and fits the window to it. */
  void scale(double scale) {
    display.setScale(scale);
    // The display's parts keep their old preferred sizes until told otherwise; and the scroll
    // pane asks for room for scroll bars while its last view was larger than the new one, so
    // the second pack, after a layout at the new size, fits the map without them.
    for (int pass = 0; pass < 2; pass++) {
      invalidateAll(frame.getContentPane());
      frame.pack();
    }
  }

  private static void invalidateAll(Container c) {
    c.invalidate();
    for (Component child : c.getComponents()) {
      if (child instanceof Container inner) {
        invalidateAll(inner);
      } else {
        child.invalidate();
      }
    }
  }

  public Display2D display() {
    return display;
  }

  JFrame frame() {
    return frame;
  }

  void quit() {
    display.quit();
    frame.dispose();
  }
}
