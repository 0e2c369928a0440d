package io.champa.autoconfigure;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.HandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.champa.auth.web.PermissionInterceptor;
import io.champa.health.DatabaseProbe;
import io.champa.health.web.HealthController;
import io.champa.home.EngineSummaryService;
import io.champa.home.web.HomeController;
import io.champa.query.ReadOnlyQueries;
import io.champa.system.SystemDatabase;
import io.champa.web.ApiPaths;
import io.champa.web.ChampaApiHandlerMapping;
import io.champa.web.ProblemExceptionResolver;
import io.champa.web.ProblemWriter;

/**
 * Champa's JSON API in a servlet web application: its own handler mapping under
 * {@code {camunda.bpm.webapp.application-path}/champa/api}, problem-detail errors, and the
 * controllers, created here as beans so the host's component scan never needs to find them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ChampaWebConfiguration {

  /** Camunda's own key: Champa's UI and API sit beside Cockpit, wherever the host moved it. */
  static final String CAMUNDA_APPLICATION_PATH = "camunda.bpm.webapp.application-path";

  @Bean
  @ConditionalOnMissingBean
  ApiPaths champaApiPaths(Environment environment) {
    return new ApiPaths(environment.getProperty(CAMUNDA_APPLICATION_PATH, "/camunda"));
  }

  @Bean
  HandlerMapping champaApiHandlerMapping(ApiPaths paths,
      @Qualifier("mvcContentNegotiationManager") ContentNegotiationManager contentNegotiationManager,
      PermissionInterceptor permissions) {
    ChampaApiHandlerMapping mapping = new ChampaApiHandlerMapping(paths);
    // every Champa endpoint passes the permission check; nothing else of the host's does
    mapping.setInterceptors(permissions);
    // before the host's mappings and the static-resource catch-all, which would otherwise answer 404 first
    mapping.setOrder(-100);
    mapping.setContentNegotiationManager(contentNegotiationManager);
    return mapping;
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemWriter champaProblemWriter(ObjectProvider<ObjectMapper> objectMapper) {
    return new ProblemWriter(objectMapper.getIfAvailable(ChampaWebConfiguration::defaultObjectMapper));
  }

  @Bean
  ProblemExceptionResolver champaProblemExceptionResolver(ApiPaths paths, ProblemWriter writer) {
    return new ProblemExceptionResolver(paths, writer);
  }

  @Bean
  @ConditionalOnMissingBean
  HealthController champaHealthController(ProcessEngine processEngine, SystemDatabase systemDatabase) {
    DataSource camundaDataSource = processEngine.getProcessEngineConfiguration().getDataSource();
    return new HealthController(new DatabaseProbe("Camunda", camundaDataSource),
        new DatabaseProbe("System", systemDatabase.dataSource()));
  }

  @Bean
  @ConditionalOnMissingBean
  EngineSummaryService champaEngineSummaryService(ProcessEngine processEngine, ReadOnlyQueries queries) {
    return new EngineSummaryService(processEngine, queries);
  }

  @Bean
  @ConditionalOnMissingBean
  HomeController champaHomeController(EngineSummaryService summaries) {
    return new HomeController(summaries);
  }

  private static ObjectMapper defaultObjectMapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
