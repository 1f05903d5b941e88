package org.releasesim.gui.watch;

import java.util.List;

/** The live charts: what each shows, its axis, and its lines in legend order. */
public enum ChartKind {
  CRIMES("Crimes per week, by offender status", "offences per week", List.of(
      "never booked", "released, no ICE interest", "on pretrial release", "released by ICE",
      "re-entered after removal", "released, detainer declined", "released, transfer missed")),
  JAIL("Jail population", "persons", List.of("pretrial", "sentenced", "held on a detainer",
      "total")),
  DETAINERS("Detainers per week", "per week", List.of("lodged", "honoured", "declined")),
  BACKLOG("ICE at-large backlog and custody", "cases / persons", List.of(
      "open at-large cases", "in ICE custody")),
  REPORTING("Victims who report to police (13-week rolling)", "share reported", List.of(
      "citizens", "lawful non-citizens", "unauthorized"));

  private final String title;
  private final String axis;
  private final List<String> lines;

  ChartKind(String title, String axis, List<String> lines) {
    this.title = title;
    this.axis = axis;
    this.lines = lines;
  }

  public String title() {
    return title;
  }

  public String axis() {
    return axis;
  }

  /** Names of the chart's lines, in the order they are drawn and listed. */
  public List<String> lines() {
    return lines;
  }
}
