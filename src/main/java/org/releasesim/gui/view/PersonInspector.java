package org.releasesim.gui.view;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.releasesim.gui.watch.PersonReport;
import org.releasesim.gui.watch.WatchedRun;
import sim.portrayal.Inspector;

/** The inspector a click on a person opens: their {@link PersonReport}, kept up to date. */
final class PersonInspector extends Inspector {
  private static final long serialVersionUID = 1L;

  private final transient WatchedRun run;
  private final int person;
  private final JTextArea text = new JTextArea(18, 64);

  PersonInspector(WatchedRun run, int person) {
    this.run = run;
    this.person = person;
    setTitle("Person " + person);
    setVolatile(true);
    setLayout(new BorderLayout());
    text.setEditable(false);
    text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    add(new JScrollPane(text), BorderLayout.CENTER);
    updateInspector();
  }

  /** Called by MASON on the Swing thread, holding the schedule's lock, after each step. */
  @Override
  public void updateInspector() {
    String now = PersonReport.text(run, person);
    if (!now.equals(text.getText())) {
      text.setText(now);
      text.setCaretPosition(0);
    }
  }
}
