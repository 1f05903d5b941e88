package org.releasesim.gui.view;

import java.util.List;
import org.releasesim.gui.watch.ModelProperty;
import sim.util.Properties;

/**
 * The Model tab's properties: MASON asks for names, types, values and domains by index and
 * writes values back through {@link #setValue(int, Object)}. A refused write returns null (MASON
 * beeps and shows the old value) and the reason is kept for {@link ModelInspector} to show.
 */
public final class ModelTab extends Properties {
  private static final long serialVersionUID = 1L;

  private final transient List<ModelProperty> lines;
  private String message = "";

  /** @param lines the tab's lines */
  public ModelTab(List<ModelProperty> lines) {
    this.lines = List.copyOf(lines);
  }

  @Override
  public boolean isVolatile() {
    return false;
  }

  @Override
  public int numProperties() {
    return lines.size();
  }

  @Override
  public Object getValue(int index) {
    return lines.get(index).getter().get();
  }

  @Override
  public Object getDomain(int index) {
    return lines.get(index).domain();
  }

  @Override
  public String getDescription(int index) {
    return lines.get(index).description();
  }

  @Override
  public boolean isReadWrite(int index) {
    return lines.get(index).writable();
  }

  @Override
  public String getName(int index) {
    return lines.get(index).name();
  }

  @Override
  public Class<?> getType(int index) {
    return lines.get(index).type();
  }

  @Override
  protected Object _setValue(int index, Object value) {
    ModelProperty line = lines.get(index);
    if (!line.writable()) {
      return null;
    }
    try {
      line.setter().accept(value);
      message = "";
      return getValue(index);
    } catch (IllegalArgumentException e) {
      message = e.getMessage();
      return null;
    }
  }

  /** The reason the last change was refused, or empty. */
  public String message() {
    return message;
  }
}
