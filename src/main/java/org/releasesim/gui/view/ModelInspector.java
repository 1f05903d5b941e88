package org.releasesim.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import org.releasesim.gui.watch.ModelProperty;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.gui.PropertyField;

/**
 * The Console's Model tab. Values that can be edited go through MASON's own property list
 * (fields, sliders, pull-down lists, each as wide as its longest choice); values that are only
 * shown (the day, the policy switches made, why an edit was refused) sit above it as text that
 * wraps at the list's width. A MASON text field shows a long read-only value cut off at its
 * edge, and those values grow as a run goes on; wrapped text shows all of it however long it
 * grows. The Console is widened to fit the tab (see {@link ReleaseSimConsole}).
 */
public final class ModelInspector extends Inspector {
  private static final long serialVersionUID = 1L;
  /** Narrowest wrapping width of the shown values, in pixels. */
  static final int MIN_TEXT_WIDTH = 260;

  private final transient SimpleInspector editor;
  private final transient List<ModelProperty> shown;
  private final List<JLabel> shownLabels = new ArrayList<>();
  private final int textWidth;

  /**
   * @param lines the tab's lines: those with a setter are edited in MASON's list, the others
   *     shown as wrapped text, both in the order given; why the last edit was refused, if it
   *     was, is shown after them
   */
  ModelInspector(List<ModelProperty> lines, GUIState gui) {
    ModelTab tab = new ModelTab(lines.stream().filter(ModelProperty::writable).toList());
    List<ModelProperty> readOnly = new ArrayList<>(lines.stream()
        .filter(l -> !l.writable()).toList());
    readOnly.add(ModelProperty.readOnly("Last edit refused", "Why the last change was refused,"
        + " if it was.", () -> tab.message().isEmpty() ? "no" : tab.message()));
    this.shown = List.copyOf(readOnly);
    this.editor = new SimpleInspector(tab, gui, null);
    fullHeightLists(editor);
    this.textWidth = Math.max(MIN_TEXT_WIDTH, editor.getPreferredSize().width - 24);
    setVolatile(true);
    setLayout(new BorderLayout());
    JPanel status = new JPanel();
    status.setLayout(new BoxLayout(status, BoxLayout.Y_AXIS));
    status.setBorder(BorderFactory.createEmptyBorder(6, 10, 8, 10));
    for (ModelProperty line : shown) {
      JLabel label = new JLabel();
      label.setFont(label.getFont().deriveFont(Font.PLAIN));
      label.setToolTipText(line.description());
      label.setAlignmentX(0);
      shownLabels.add(label);
      status.add(label);
    }
    add(status, BorderLayout.NORTH);
    add(editor, BorderLayout.CENTER);
    refreshShown();
  }

  /**
   * Gives each pull-down list its full height. MASON sizes every field of the list to the height
   * of a text field, which cuts the bottom off the text in a pull-down list, underscores
   * included (HOLD_24H read as HOLD 24H); a field's height follows its hidden text field's.
   */
  private static void fullHeightLists(Container c) {
    for (Component child : c.getComponents()) {
      if (child instanceof PropertyField field) {
        for (Component inner : field.getComponents()) {
          if (inner instanceof JComboBox<?> list) {
            JTextField hidden = field.getField();
            int height = list.getPreferredSize().height;
            hidden.setPreferredSize(new Dimension(hidden.getPreferredSize().width, height));
            hidden.setMinimumSize(new Dimension(hidden.getMinimumSize().width, height));
          }
        }
      } else if (child instanceof Container inner) {
        fullHeightLists(inner);
      }
    }
  }

  /** Called by MASON on the Swing thread, holding the schedule's lock, after each step. */
  @Override
  public void updateInspector() {
    editor.updateInspector();
    refreshShown();
  }

  private void refreshShown() {
    for (int i = 0; i < shown.size(); i++) {
      String html = html(shown.get(i).name(), String.valueOf(shown.get(i).getter().get()));
      JLabel label = shownLabels.get(i);
      if (!html.equals(label.getText())) {
        label.setText(html);
        wrap(label, textWidth);
      }
    }
  }

  /**
   * Makes an HTML label as wide as {@code width} pixels and as tall as its text wrapped at that
   * width. (A width in the HTML itself would be in points, not pixels, and a label without one
   * asks for its whole text on one line.)
   */
  static void wrap(JLabel label, int width) {
    View view = (View) label.getClientProperty(BasicHTML.propertyKey);
    if (view == null) {
      return;
    }
    view.setSize(width, 0);
    int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS));
    Dimension size = new Dimension(width, height);
    label.setPreferredSize(size);
    label.setMaximumSize(size);
    label.revalidate();
  }

  /** A name and its value as HTML. */
  public static String html(String name, String value) {
    return "<html><b>" + escape(name) + ":</b> " + escape(value) + "</html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
