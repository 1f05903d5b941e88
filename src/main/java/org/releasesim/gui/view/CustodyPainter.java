package org.releasesim.gui.view;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.releasesim.gui.watch.DotState;
import org.releasesim.gui.watch.PersonCensus;
import org.releasesim.gui.watch.WatchedRun;
import org.releasesim.model.IceOfficer;
import org.releasesim.model.Jurisdiction;

/**
 * Draws each jail with its inmates as dots by state, each ICE office with its custody count and
 * open at-large cases, and the ICE officers: idle at the office, at the jail door on a custodial
 * transfer, or in a tract on an at-large operation.
 */
final class CustodyPainter {
  private static final List<DotState> JAIL_STATES = List.of(DotState.PRETRIAL,
      DotState.SENTENCED, DotState.DETAINER_HOLD);

  private CustodyPainter() {}

  static void paint(Graphics2D g, MapTransform t, WatchedRun run) {
    double now = run.sim().schedule.getTime();
    for (Jurisdiction j : run.sim().jurisdictions()) {
      Rectangle2D.Double jail = t.rect(run.layout().jail(j.index()));
      Rectangle2D.Double office = t.rect(run.layout().iceOffice(j.index()));
      box(g, jail);
      box(g, office);
      double font = Math.min(jail.height * 0.2, 17);
      PersonCensus census = run.census();
      header(g, jail, font, "Jail", String.format("%,d held", census.jailTotal(j.index())));
      inmates(g, jail, font, census, j.index());
      header(g, office, font, "ICE", String.format("%,d in custody",
          census.inJurisdiction(j.index(), DotState.ICE_CUSTODY)));
      note(g, office, font, String.format("%,d at-large cases open",
          j.iceOffice().openCases()));
      officers(g, t, run, j, new Rectangle2D.Double[] {jail, office}, now, font);
    }
  }

  private static void box(Graphics2D g, Rectangle2D.Double r) {
    RoundRectangle2D.Double shape = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height,
        r.height * 0.15, r.height * 0.15);
    g.setColor(Palette.BOX);
    g.fill(shape);
    g.setColor(Palette.BOX_EDGE);
    g.setStroke(new BasicStroke(1.2f));
    g.draw(shape);
  }

  private static void header(Graphics2D g, Rectangle2D.Double r, double size, String title,
      String detail) {
    float x = (float) (r.x + size * 0.5);
    float y = (float) (r.y + size * 1.25);
    g.setColor(Palette.INK);
    g.setFont(Palette.font(Font.BOLD, size));
    g.drawString(title, x, y);
    x += g.getFontMetrics().stringWidth(title) + size * 0.5f;
    g.setFont(Palette.font(Font.PLAIN, size * 0.85));
    g.setColor(Palette.SOFT_INK);
    g.drawString(detail, x, y);
  }

  /** A second line under the header. */
  private static void note(Graphics2D g, Rectangle2D.Double r, double size, String text) {
    g.setFont(Palette.font(Font.PLAIN, size * 0.85));
    g.setColor(Palette.SOFT_INK);
    g.drawString(text, (float) (r.x + size * 0.5), (float) (r.y + size * 2.5));
  }

  /** The jail's inmates as a block of dots, pretrial first, in the box under the header. */
  private static void inmates(Graphics2D g, Rectangle2D.Double r, double font,
      PersonCensus census, int j) {
    long total = census.jailTotal(j);
    if (total == 0) {
      return;
    }
    double left = r.x + font * 0.5;
    double top = r.y + font * 1.8;
    double w = r.width - font;
    double h = r.y + r.height - top - font * 0.4;
    double cell = Math.min(font * 0.9, Math.sqrt(w * h / total));
    int perRow = Math.max(1, (int) Math.floor(w / cell));
    int k = 0;
    Ellipse2D.Double dot = new Ellipse2D.Double();
    for (DotState s : JAIL_STATES) {
      g.setColor(Palette.of(s));
      for (long n = census.inJail(j, s); n > 0; n--, k++) {
        double x = left + (k % perRow) * cell;
        double y = top + (k / perRow) * cell;
        if (y + cell > top + h + 1e-9) {
          return;
        }
        dot.setFrame(x + cell * 0.1, y + cell * 0.1, cell * 0.8, cell * 0.8);
        g.fill(dot);
      }
    }
  }

  /** @param boxes the jail's box and the ICE office's box, in pixels */
  private static void officers(Graphics2D g, MapTransform t, WatchedRun run, Jurisdiction j,
      Rectangle2D.Double[] boxes, double now, double font) {
    Rectangle2D.Double jail = boxes[0];
    Rectangle2D.Double office = boxes[1];
    double size = Math.max(5, Math.min(jail.height * 0.13, 11));
    int idle = 0;
    int atDoor = 0;
    for (IceOfficer o : j.iceOffice().officers()) {
      IceOfficer.Task task = o.task(now);
      Point2D.Double at;
      if (task == IceOfficer.Task.AT_LARGE && o.tract() >= 0) {
        at = t.point(run.layout().officerInTract(o.id(), o.tract()));
      } else if (task == IceOfficer.Task.TRANSFER) {
        at = new Point2D.Double(jail.x + jail.width - size * (1.2 + 1.3 * (atDoor % 4)),
            jail.y + size * 1.4 + size * 1.3 * (atDoor / 4));
        atDoor++;
      } else {
        int perRow = Math.max(1, (int) ((office.width - size) / (size * 1.5)));
        at = new Point2D.Double(office.x + size * 1.2 + (idle % perRow) * size * 1.5,
            office.y + font * 3.4 + (idle / perRow) * size * 1.5);
        idle++;
      }
      officer(g, at, size);
    }
  }

  /** An officer: a small navy triangle with a white edge. */
  static void officer(Graphics2D g, Point2D.Double at, double size) {
    Path2D.Double tri = new Path2D.Double();
    tri.moveTo(at.x, at.y - size * 0.6);
    tri.lineTo(at.x + size * 0.55, at.y + size * 0.45);
    tri.lineTo(at.x - size * 0.55, at.y + size * 0.45);
    tri.closePath();
    g.setColor(Palette.OFFICER);
    g.fill(tri);
    g.setColor(java.awt.Color.WHITE);
    g.setStroke(new BasicStroke(1f));
    g.draw(tri);
  }
}
