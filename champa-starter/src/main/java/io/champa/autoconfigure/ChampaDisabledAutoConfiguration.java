package io.champa.autoconfigure;

import java.io.IOException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * With {@code champa.enabled=false} the host must behave as if Champa were absent. The UI's files
 * still sit in the jar, where Camunda's own filter would serve them beside Cockpit; this filter
 * answers 404 for them instead, as a host without Champa would.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "champa.enabled", havingValue = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ChampaDisabledAutoConfiguration {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> champaDisabledUiFilter(Environment environment) {
    String applicationPath = environment.getProperty(ChampaWebConfiguration.CAMUNDA_APPLICATION_PATH, "/camunda");
    String uiPrefix = applicationPath + "/app/champa/";
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    });
    registration.addUrlPatterns(uiPrefix + "*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
