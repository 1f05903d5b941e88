package org.releasesim.gui.watch;

/** The text of the Console's About tab: what the windows show and how to use them. */
public final class GuiInfo {
  public static final String HTML = "<html><body style='font-family: sans-serif; margin: 8px'>"
      + "<h2>release-sim: watch a policy play out</h2>"
      + "<p>One step is one simulated day. Days count from the end of the warm-up; the"
      + " warm-up is shown as such. The seed is the scenario's; a seed typed into the"
      + " Console or the Model tab is used at the next start, and a rerun repeats the run"
      + " exactly.</p>"
      + "<p><b>Map.</b> Tracts coloured by the layer chosen in the map's header; one dot per"
      + " person (for populations up to 20,000) coloured by where they are; each jail with"
      + " its inmates; ICE officers at their office, at the jail door on a transfer, or in a"
      + " tract on an at-large operation; rings and crosses where a crime, an operation or a"
      + " collateral arrest happened, fading over five days. Double-click a person for their"
      + " history (Inspectors tab).</p>"
      + "<p><b>Charts.</b> The model's own series, updated every N days (spinner in the charts'"
      + " window).</p>"
      + "<p><b>Model tab.</b> Scenario parameters: edits take effect at the next start, except"
      + " a jail's policy, which during a run switches from that day on and is recorded under"
      + " Policy switches.</p>"
      + "<p><b>Two policies at once.</b> Start the GUI with <code>--side-by-side A,B</code> to"
      + " run the scenario under two policies with the same seed, a map each and a window of"
      + " their differences.</p></body></html>";

  /** The About tab of the side-by-side view ({@code gui --side-by-side A,B}). */
  public static final String SIDE_BY_SIDE_HTML = "<html><body style='font-family: sans-serif;"
      + " margin: 8px'><h2>release-sim: two policies side by side</h2>"
      + "<p>Two runs of the same scenario step together, one simulated day per step: run A"
      + " (left map) with one release policy in every jail, run B (right map) with another."
      + " Both use the same seed, so the same people live the same lives with the same luck"
      + " until the policy makes a difference: what differs between the maps is the policy's"
      + " doing, not chance.</p>"
      + "<p><b>Differences window.</b> A table of both runs' outcomes since day 0 (the end of"
      + " the warm-up) and B minus A, and a chart of each difference as the runs go: above"
      + " the line, B has more. With a small county the differences are noisy; a comparison"
      + " over many seeds is <code>release-sim compare</code>.</p>"
      + "<p><b>Model tab.</b> The seed (used at the next start) and each run's policy.</p>"
      + "</body></html>";

  private GuiInfo() {}
}
