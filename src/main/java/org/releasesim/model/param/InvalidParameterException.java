package org.releasesim.model.param;

/**
 * A parameter record rejected its values. {@link #component()} names the offending record
 * component (the scenario key's last part) so the scenario reader can point at its line.
 */
public sealed class InvalidParameterException extends IllegalArgumentException
    permits UnknownNameException {
  private final String component;

  public InvalidParameterException(String component, String message) {
    super(message);
    this.component = component;
  }

  /** The record component whose value (alone or with others) is invalid. */
  public String component() {
    return component;
  }

  static void require(boolean ok, String component, String message) {
    if (!ok) {
      throw new InvalidParameterException(component, message);
    }
  }
}
