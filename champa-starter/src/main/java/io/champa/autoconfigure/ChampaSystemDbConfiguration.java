package io.champa.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.system.SystemDatabase;

/** The system database: its own pool, never a {@code DataSource} bean the host could mistake for its own. */
@Configuration(proxyBeanMethods = false)
class ChampaSystemDbConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SystemDatabase champaSystemDatabase(ChampaSystemDbProperties properties) {
    return SystemDatabaseFactory.create(properties);
  }
}
