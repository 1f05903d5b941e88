package org.releasesim.gui.view;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.releasesim.gui.watch.MapSettings;
import org.releasesim.gui.watch.WatchedRun;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * The map as one MASON field portrayal: the heat map, the persons, the jails and ICE offices
 * with their officers, and the fading marks, drawn in that order. A click finds the nearest
 * drawn person and opens their history. MASON paints holding the schedule's lock, so the model
 * does not move while it is drawn.
 */
final class MapPortrayal extends FieldPortrayal2D {
  /** Space around the map, in map units. */
  private static final double MARGIN = 0.2;

  private final WatchedRun run;
  private final MapSettings settings;
  private final DotSprites sprites = new DotSprites();

  MapPortrayal(WatchedRun run, MapSettings settings) {
    this.run = run;
    this.settings = settings;
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    if (run.layout() == null) {
      return;
    }
    MapTransform t = transform(info);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    TractPainter.paint(g, t, run, settings.layer(), settings.range(run));
    PersonPainter.paint(g, t, run, sprites);
    CustodyPainter.paint(g, t, run);
    MarkPainter.paint(g, t, run, PersonPainter.radius(run, t));
  }

  @Override
  public void hitObjects(DrawInfo2D range, Bag putInHere) {
    if (run.layout() == null) {
      return;
    }
    int p = PersonPainter.personAt(run, transform(range), range.clip.getCenterX(),
        range.clip.getCenterY());
    if (p >= 0) {
      putInHere.add(new LocationWrapper(p, run.sim().population().tract(p), this));
    }
  }

  @Override
  public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
    return new PersonInspector(run, (Integer) wrapper.getObject());
  }

  @Override
  public String getName(LocationWrapper wrapper) {
    return "Person " + wrapper.getObject();
  }

  private MapTransform transform(DrawInfo2D info) {
    return MapTransform.fit(info.draw, run.layout().width(), run.layout().height(), MARGIN);
  }
}
