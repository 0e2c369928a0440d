package io.champa.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Champa's master switch. */
@ConfigurationProperties(prefix = "champa")
public class ChampaProperties {

  /** Whether Champa is enabled; when false the host application behaves as if Champa were absent. */
  private boolean enabled = true;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
