package org.releasesim.model;

/** A county jail's population by status, with bed-day accounting. */
public final class Jail implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final StockIntegrator pretrial = new StockIntegrator();
  private final StockIntegrator sentenced = new StockIntegrator();
  private final StockIntegrator held = new StockIntegrator();

  void enter(PersonState s, double time) {
    stock(s).change(1, time);
  }

  void leave(PersonState s, double time) {
    stock(s).change(-1, time);
  }

  /** People in the jail now, in the given state. */
  public long count(PersonState s) {
    return stock(s).level();
  }

  /** People in the jail now, in all states. */
  public long total() {
    return pretrial.level() + sentenced.level() + held.level();
  }

  /** Bed-days used since the last call, up to {@code time}. */
  double takeBedDays(double time) {
    return pretrial.takeIntegral(time) + sentenced.takeIntegral(time) + held.takeIntegral(time);
  }

  private StockIntegrator stock(PersonState s) {
    return switch (s) {
      case JAIL_PRETRIAL -> pretrial;
      case JAIL_SENTENCED -> sentenced;
      case DETAINER_HOLD -> held;
      default -> throw new IllegalArgumentException("not a jail state: " + s);
    };
  }
}
