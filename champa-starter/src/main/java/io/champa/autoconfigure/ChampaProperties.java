package io.champa.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Champa's master switch. */
@ConfigurationProperties(prefix = "champa")
public class ChampaProperties {

  /** Whether Champa is enabled; when false the host application behaves as if Champa were absent. */
  private boolean enabled = true;

  private final Diff diff = new Diff();

  public Diff getDiff() {
    return diff;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The BPMN and DMN diff tool. */
  public static class Diff {

    /** Whether the diff tool (screen and API) is enabled. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
