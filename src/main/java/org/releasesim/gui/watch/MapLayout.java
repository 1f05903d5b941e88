package org.releasesim.gui.watch;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.releasesim.model.Jurisdiction;
import org.releasesim.model.TractGrid;
import org.releasesim.model.param.JurisdictionParams;

/**
 * Where things are on the map, in map units (one tract is 1 x 1): each jurisdiction's tract grid
 * side by side under a title line, with a band below holding its jail and its ICE office. Person
 * dots are jittered inside their home tract by a hash of their id: deterministic, and drawing no
 * random number from the model.
 */
public final class MapLayout {
  static final double TITLE = 0.8;
  static final double GAP = 0.3;
  static final double BAND = 1.9;
  static final double BETWEEN = 1.0;
  static final double MIN_WIDTH = 5.0;
  private static final double JITTER_MARGIN = 0.06;
  private static final double JAIL_SHARE = 0.56;

  private final double[] originX;
  private final double[] blockWidth;
  private final int[] columns;
  private final int[] firstTract;
  private final int[] tractOwner;
  private final double gridRows;
  private final double width;

  private MapLayout(int[] columns, int[] rows, int[] firstTract) {
    int n = columns.length;
    this.columns = columns.clone();
    this.firstTract = firstTract.clone();
    originX = new double[n];
    blockWidth = new double[n];
    int tracts = 0;
    int maxRows = 0;
    double x = 0;
    for (int j = 0; j < n; j++) {
      originX[j] = x;
      blockWidth[j] = Math.max(columns[j], MIN_WIDTH);
      x += blockWidth[j] + BETWEEN;
      tracts = Math.max(tracts, firstTract[j] + columns[j] * rows[j]);
      maxRows = Math.max(maxRows, rows[j]);
    }
    width = x - BETWEEN;
    gridRows = maxRows;
    tractOwner = new int[tracts];
    for (int j = 0; j < n; j++) {
      java.util.Arrays.fill(tractOwner, firstTract[j], firstTract[j] + columns[j] * rows[j], j);
    }
  }

  /** The layout of a started model's jurisdictions. */
  static MapLayout of(List<Jurisdiction> jurisdictions) {
    int n = jurisdictions.size();
    int[] columns = new int[n];
    int[] rows = new int[n];
    int[] first = new int[n];
    for (int j = 0; j < n; j++) {
      TractGrid grid = jurisdictions.get(j).grid();
      columns[j] = grid.columns();
      rows[j] = grid.rows();
      first[j] = jurisdictions.get(j).firstTract();
    }
    return new MapLayout(columns, rows, first);
  }

  /** The layout a scenario will have (tracts numbered county by county), before it starts. */
  public static MapLayout ofParams(List<JurisdictionParams> jurisdictions) {
    int n = jurisdictions.size();
    int[] columns = new int[n];
    int[] rows = new int[n];
    int[] first = new int[n];
    for (int j = 0, next = 0; j < n; j++) {
      columns[j] = jurisdictions.get(j).tractColumns();
      rows[j] = jurisdictions.get(j).tractRows();
      first[j] = next;
      next += columns[j] * rows[j];
    }
    return new MapLayout(columns, rows, first);
  }

  public double width() {
    return width;
  }

  public double height() {
    return TITLE + gridRows + GAP + BAND;
  }

  int jurisdictions() {
    return originX.length;
  }

  public int tracts() {
    return tractOwner.length;
  }

  /** Jurisdiction index of every global tract (a copy). */
  int[] tractOwners() {
    return tractOwner.clone();
  }

  int ownerOf(int globalTract) {
    return tractOwner[globalTract];
  }

  /** A global tract's square. */
  public Rectangle2D.Double tract(int globalTract) {
    int j = tractOwner[globalTract];
    int local = globalTract - firstTract[j];
    return new Rectangle2D.Double(originX[j] + local % columns[j], TITLE + local / columns[j],
        1, 1);
  }

  /** The line above a jurisdiction's grid, for its name and policy. */
  public Rectangle2D.Double title(int j) {
    return new Rectangle2D.Double(originX[j], 0, blockWidth[j], TITLE);
  }

  /** The jail's box, in the band under the grid. */
  public Rectangle2D.Double jail(int j) {
    return new Rectangle2D.Double(originX[j], TITLE + gridRows + GAP,
        blockWidth[j] * JAIL_SHARE - GAP / 2, BAND);
  }

  /** The ICE office's box, beside the jail. */
  public Rectangle2D.Double iceOffice(int j) {
    double x = originX[j] + blockWidth[j] * JAIL_SHARE + GAP / 2;
    return new Rectangle2D.Double(x, TITLE + gridRows + GAP,
        originX[j] + blockWidth[j] - x, BAND);
  }

  /** A person's dot: a fixed point inside the home tract. */
  public Point2D.Double person(int p, int homeTract) {
    Rectangle2D.Double r = tract(homeTract);
    long h = mix(p);
    double u = (h >>> 40) / (double) (1L << 24);
    double v = ((h >>> 16) & 0xFFFFFF) / (double) (1L << 24);
    double span = 1 - 2 * JITTER_MARGIN;
    return new Point2D.Double(r.x + JITTER_MARGIN + u * span, r.y + JITTER_MARGIN + v * span);
  }

  /** An ICE officer on an at-large operation: near the tract's centre, spread by id. */
  public Point2D.Double officerInTract(int officer, int globalTract) {
    Rectangle2D.Double r = tract(globalTract);
    double angle = officer * 2.399963;
    double radius = 0.12 + 0.03 * (officer % 4);
    return new Point2D.Double(r.getCenterX() + radius * Math.cos(angle),
        r.getCenterY() + radius * Math.sin(angle));
  }

  /** The global tract at a map point, or -1. */
  int tractAt(double x, double y) {
    for (int j = 0; j < originX.length; j++) {
      int c = (int) Math.floor(x - originX[j]);
      int r = (int) Math.floor(y - TITLE);
      int count = (j + 1 < originX.length ? firstTract[j + 1] : tractOwner.length) - firstTract[j];
      if (c >= 0 && c < columns[j] && r >= 0 && r * columns[j] + c < count) {
        return firstTract[j] + r * columns[j] + c;
      }
    }
    return -1;
  }

  /** SplitMix64's finaliser: spreads consecutive ids evenly. */
  private static long mix(long z) {
    z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
