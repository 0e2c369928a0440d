package io.champa.autoconfigure;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the Flyway that Champa brings for its own system database from running on the host's
 * database.
 *
 * <p>Boot auto-configures Flyway for the application's {@code DataSource} as soon as Flyway is on
 * the class path. A Camunda application that never used Flyway has a non-empty schema and no
 * Flyway history there, so Boot's Flyway would refuse to start the application. When the host
 * shows no sign of using Flyway itself (no {@code spring.flyway.*} setting that says so, no
 * migration under the default location), this adds {@code spring.flyway.enabled=false} as the
 * weakest default, which any setting of the host's overrides. See
 * {@code docs/decisions/0002-flyway-on-the-host-classpath.md}.
 */
public class HostFlywayGuard implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE_NAME = "champaHostFlywayGuard";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (hostUsesFlyway(environment, application.getClassLoader())) {
      return;
    }
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of("spring.flyway.enabled", "false")));
  }

  static boolean hostUsesFlyway(ConfigurableEnvironment environment, ClassLoader classLoader) {
    if (environment.containsProperty("spring.flyway.enabled") || environment.containsProperty("spring.flyway.locations")
        || environment.containsProperty("spring.flyway.url")) {
      return true;
    }
    try {
      return new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:db/migration/**").length > 0;
    } catch (IOException e) {
      // cannot tell: leave the host's Flyway exactly as Boot configures it
      return true;
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
