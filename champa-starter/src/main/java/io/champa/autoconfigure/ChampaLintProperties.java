package io.champa.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.champa.lint.DeployLintGate;

/** The model linter. */
@ConfigurationProperties(prefix = "champa.lint")
public class ChampaLintProperties {

  /** Whether the model linter (screen, API and deploy-time gate) is enabled. */
  private boolean enabled = true;

  /** What the deploy-time gate does with findings: off, warn (log and keep for the UI) or block (refuse errors). */
  private DeployLintGate.Mode deployGate = DeployLintGate.Mode.WARN;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public DeployLintGate.Mode getDeployGate() {
    return deployGate;
  }

  public void setDeployGate(DeployLintGate.Mode deployGate) {
    this.deployGate = deployGate;
  }
}
