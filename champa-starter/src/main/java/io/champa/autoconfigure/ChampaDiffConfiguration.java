package io.champa.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.diff.DeployedModels;
import io.champa.diff.ModelComparison;
import io.champa.diff.web.DiffController;

/** The BPMN and DMN diff tool. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "champa.diff.enabled", matchIfMissing = true)
class ChampaDiffConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ModelComparison champaModelComparison(DeployedModels deployed) {
    return new ModelComparison(deployed);
  }

  @Bean
  @ConditionalOnMissingBean
  DiffController champaDiffController(DeployedModels deployed, ModelComparison comparison) {
    return new DiffController(deployed, comparison);
  }
}
