package org.releasesim.model;

/** One ICE officer: busy until a time, on a task, at a place (shown in the GUI). */
public final class IceOfficer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** What an officer is doing. */
  public enum Task { IDLE, TRANSFER, AT_LARGE }

  private final int id;
  private double freeAt = Double.NEGATIVE_INFINITY;
  private Task task = Task.IDLE;
  private int tract = -1;

  IceOfficer(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  /** Schedule time at which the current task ends. */
  public double freeAt() {
    return freeAt;
  }

  /** The task at time {@code now} (idle once the last task has ended). */
  public Task task(double now) {
    return now < freeAt ? task : Task.IDLE;
  }

  /** Global tract of an at-large task, or -1 at the jail or office. */
  public int tract() {
    return tract;
  }

  boolean isFree(double now) {
    return freeAt <= now;
  }

  void assign(Task newTask, int atTract, double until) {
    task = newTask;
    tract = atTract;
    freeAt = until;
  }
}
