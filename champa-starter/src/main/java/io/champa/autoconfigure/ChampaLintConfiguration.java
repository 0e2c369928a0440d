package io.champa.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.auth.audit.AuditLog;
import io.champa.diff.DeployedModels;
import io.champa.lint.DeployLintGate;
import io.champa.lint.LintService;
import io.champa.lint.LintSettings;
import io.champa.lint.Linter;
import io.champa.lint.web.LintController;
import io.champa.system.SystemJdbc;

/**
 * The model linter: the rules, the shared configuration in the system DB, the deploy-time gate
 * (a {@code DeploymentListener} bean, which the engine plugin picks up before the engine starts)
 * and the API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "champa.lint.enabled", matchIfMissing = true)
class ChampaLintConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Linter champaLinter() {
    return new Linter();
  }

  @Bean
  @ConditionalOnMissingBean
  LintSettings champaLintSettings(SystemJdbc system, Linter linter) {
    return new LintSettings(system.jdbc(), linter.registry());
  }

  @Bean
  @ConditionalOnMissingBean
  DeployLintGate champaDeployLintGate(ChampaLintProperties properties, Linter linter, LintSettings settings) {
    return new DeployLintGate(properties.getDeployGate(), linter, settings::current);
  }

  @Bean
  @ConditionalOnMissingBean
  LintService champaLintService(Linter linter, LintSettings settings) {
    return new LintService(linter, settings);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  LintController champaLintController(LintService lint, LintSettings settings, DeployedModels deployed, DeployLintGate gate,
      AuditLog audit) {
    return new LintController(lint, settings, deployed, gate, audit);
  }
}
