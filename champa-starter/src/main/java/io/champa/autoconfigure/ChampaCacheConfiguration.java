package io.champa.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.cache.KeyValueCache;
import io.champa.cache.RedisKeyValueCache;

/**
 * The shared cache between nodes: Redis when {@code champa.redis.url} is set, none otherwise.
 * Lettuce is used directly, not spring-data-redis, so the host does not get Boot's Redis
 * auto-configuration (and a Redis health check) just for having Champa.
 */
@Configuration(proxyBeanMethods = false)
class ChampaCacheConfiguration {

  @Bean
  @ConditionalOnMissingBean
  KeyValueCache champaSharedCache(ChampaRedisProperties properties) {
    if (properties.getUrl() == null || properties.getUrl().isEmpty()) {
      return KeyValueCache.NONE;
    }
    return new RedisKeyValueCache(properties.getUrl(), properties.getTimeout(), properties.getBackOff());
  }
}
