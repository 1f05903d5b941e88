package org.releasesim.model;

/** A jurisdiction's tracts as a grid of columns x rows; tract index = row * columns + column. */
public final class TractGrid implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int columns;
  private final int rows;
  private final int[][] neighbours;

  TractGrid(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    this.neighbours = new int[columns * rows][];
    for (int t = 0; t < neighbours.length; t++) {
      neighbours[t] = findNeighbours(t);
    }
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int count() {
    return columns * rows;
  }

  public int column(int tract) {
    return tract % columns;
  }

  public int row(int tract) {
    return tract / columns;
  }

  /** The up-to-four tracts sharing an edge with {@code tract}. */
  int[] neighbours(int tract) {
    return neighbours[tract];
  }

  private int[] findNeighbours(int tract) {
    int c = column(tract);
    int r = row(tract);
    int[] found = new int[4];
    int n = 0;
    if (c > 0) {
      found[n++] = tract - 1;
    }
    if (c < columns - 1) {
      found[n++] = tract + 1;
    }
    if (r > 0) {
      found[n++] = tract - columns;
    }
    if (r < rows - 1) {
      found[n++] = tract + columns;
    }
    return java.util.Arrays.copyOf(found, n);
  }
}
