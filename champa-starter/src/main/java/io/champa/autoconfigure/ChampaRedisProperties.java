package io.champa.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/** Redis (or Redis Sentinel) shared by several Champa nodes; without a URL Champa runs without Redis. */
@ConfigurationProperties(prefix = "champa.redis")
public class ChampaRedisProperties {

  /** Redis URL, e.g. redis://host:6379 or redis-sentinel://h1:26379,h2:26379#mymaster; empty: no Redis. */
  private String url = "";

  /** How long a Redis command may take before Champa answers from its database instead. */
  private Duration timeout = Duration.ofMillis(500);

  /** After Redis failed, how long Champa skips it before trying again. */
  private Duration backOff = Duration.ofSeconds(5);

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    Assert.isTrue(url == null || url.isEmpty() || url.startsWith("redis://") || url.startsWith("rediss://")
        || url.startsWith("redis-sentinel://"),
        "champa.redis.url must start with redis://, rediss:// or redis-sentinel://");
    this.url = url;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    ChampaSecurityProperties.positive(timeout, "champa.redis.timeout");
    this.timeout = timeout;
  }

  public Duration getBackOff() {
    return backOff;
  }

  public void setBackOff(Duration backOff) {
    ChampaSecurityProperties.positive(backOff, "champa.redis.back-off");
    this.backOff = backOff;
  }
}
